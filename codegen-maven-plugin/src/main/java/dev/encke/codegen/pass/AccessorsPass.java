package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.Accessors;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.Doc;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.PropertyDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the instance properties of a class with {@link Accessors} (its own or inherited) into the
 * calls that read and write them: with Dijit's {@code get}/{@code set}, the property {@code
 * label} becomes {@code getLabel()}, calling {@code get("label")}, and {@code setLabel(label)},
 * calling {@code set("label", label)}. As functions they then take part in overloads and
 * overrides like any other; static properties stay fields of the constructor.
 */
final class AccessorsPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    return model.mapTypes(type -> type instanceof ClassDef classDef && classDef.accessors() != null
        ? lower(classDef) : type);
  }

  private static ClassDef lower(ClassDef type) {
    List<FunctionDef> functions = new ArrayList<>(type.functions());
    List<PropertyDef> fields = new ArrayList<>();
    for (PropertyDef property : type.properties()) {
      if (property.isStatic()) {
        fields.add(property);
        continue;
      }
      functions.add(getter(property, type.accessors()));
      if (!property.readOnly()) {
        functions.add(setter(property, type.accessors()));
      }
    }
    return type.withMembers(functions, fields);
  }

  private static FunctionDef getter(PropertyDef property, Accessors accessors) {
    String description = property.doc().description();
    return FunctionDef.builder(accessors.getter(), property.location())
        .javaName(property.getterName())
        .leadingArguments(List.of(property.name()))
        .returnType(property.type())
        .doc(withDescription(property.doc(), description.isEmpty()
            ? "The property `" + property.name() + "`." : description))
        .build();
  }

  private static FunctionDef setter(PropertyDef property, Accessors accessors) {
    String description = property.doc().description();
    Parameter value = new Parameter(property.name(), JavaNames.variable(property.javaName()),
        property.type(), "");
    return FunctionDef.builder(accessors.setter(), property.location())
        .javaName(property.setterName())
        .leadingArguments(List.of(property.name()))
        .parameters(List.of(value))
        .returnType(new JsType.Undefined())
        .doc(withDescription(property.doc(), "Sets the property `" + property.name() + "`."
            + (description.isEmpty() ? "" : "\n\n" + description)))
        .build();
  }

  private static Doc withDescription(Doc doc, String description) {
    return new Doc(description, doc.deprecated(), doc.deprecation(), doc.tags());
  }
}

package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.MemberOwner;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.NumberKind;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.TypeDef;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes {@code int} the numbers the options name as integers, as jsinterop-generator's integer
 * entities do: JavaScript has one number type, and an index or a length reads better as {@code
 * int}. A property or a function's result is named {@code Array.prototype.length}, a parameter
 * {@code Array.prototype.indexOf.fromIndex} (by its JavaScript or its Java name), a static
 * member {@code Number.parseInt}, a global one by its name alone. A name that matches no number
 * is an error: the list has drifted from the definitions.
 */
final class IntegersPass implements Pass {

  private final Set<String> entities;

  IntegersPass(Set<String> entities) {
    this.entities = Set.copyOf(entities);
  }

  @Override
  public Model applyTo(Model model, Problems problems) {
    if (entities.isEmpty()) {
      return model;
    }
    Set<String> used = new HashSet<>();
    Model converted = model.mapTypes(Guard.each(this, problems, type ->
        type instanceof MemberOwner owner ? convert(owner, used) : type));
    Set<String> unused = new TreeSet<>(entities);
    unused.removeAll(used);
    if (!unused.isEmpty()) {
      Location at = model.types().isEmpty() ? new Location(Path.of("."), 1, 1)
          : model.types().get(0).location();
      problems.error(new Location(at.file().getParent() == null ? at.file()
          : at.file().getParent(), 1, 1), "integerEntities name no number of the definitions: "
          + String.join(", ", unused));
    }
    return converted;
  }

  private TypeDef convert(MemberOwner owner, Set<String> used) {
    List<FunctionDef> functions = owner.functions().stream()
        .map(function -> convert(owner, function, used))
        .toList();
    List<PropertyDef> properties = owner.properties().stream()
        .map(property -> {
          String name = memberName(owner, property.name(), property.isStatic());
          return property.withType(integer(property.type(), name, used));
        })
        .toList();
    TypeDef result = owner.withMembers(functions, properties);
    if (result instanceof ClassDef classDef) {
      return classDef.toBuilder()
          .constructors(classDef.constructors().stream()
              .map(constructor -> convert(owner, constructor, used))
              .toList())
          .build();
    }
    return result;
  }

  private FunctionDef convert(MemberOwner owner, FunctionDef function, Set<String> used) {
    String name = memberName(owner, function.name(), function.isStatic());
    if (owner instanceof ClassDef classDef && classDef.constructors().contains(function)) {
      name = owner.name();
    }
    String functionName = name;
    List<Parameter> parameters = function.parameters().stream()
        .map(parameter -> {
          JsType type = integer(parameter.type(), functionName + "." + parameter.name(), used);
          return parameter.withType(integer(type, functionName + "." + parameter.javaName(),
              used));
        })
        .toList();
    return function.toBuilder()
        .parameters(parameters)
        .returnType(integer(function.returnType(), name, used))
        .build();
  }

  private static String memberName(MemberOwner owner, String member, boolean isStatic) {
    if (owner instanceof NamespaceDef namespace && namespace.isGlobal()) {
      return member;
    }
    return owner.name() + (isStatic ? "." : ".prototype.") + member;
  }

  /** {@code type} with its number made an int when {@code name} is listed. */
  private JsType integer(JsType type, String name, Set<String> used) {
    if (!entities.contains(name)) {
      return type;
    }
    JsType converted = toInt(type);
    if (!converted.equals(type)) {
      used.add(name);
    }
    return converted;
  }

  private static JsType toInt(JsType type) {
    if (type instanceof JsType.NumberType number && number.kind() == NumberKind.DOUBLE) {
      return new JsType.NumberType(NumberKind.INT);
    }
    if (type instanceof JsType.Nullable nullable) {
      return new JsType.Nullable(toInt(nullable.type()));
    }
    if (type instanceof JsType.NonNull nonNull) {
      return new JsType.NonNull(toInt(nonNull.type()));
    }
    if (type instanceof JsType.OptionalArgument optional) {
      return new JsType.OptionalArgument(toInt(optional.type()));
    }
    if (type instanceof JsType.Rest rest) {
      return new JsType.Rest(toInt(rest.type()));
    }
    return type;
  }
}

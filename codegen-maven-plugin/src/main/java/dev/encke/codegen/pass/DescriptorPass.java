package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.MemberOwner;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies binding descriptors. A descriptor for a JavaScript name no definition declares
 * describes a widget on its own. A descriptor for a declared namespace or class adjusts it: the
 * generated type takes the descriptor's Java name and requirements, and each member the
 * descriptor declares replaces the definition's members of that JavaScript name, overloads
 * included, keeping the definition's documentation where the descriptor has none. Members the
 * descriptor does not mention stay as the definition declares them.
 */
final class DescriptorPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    if (model.descriptors().isEmpty()) {
      return model;
    }
    Map<String, TypeDef> types = new LinkedHashMap<>(model.byName());
    Map<String, TypeDef> described = new LinkedHashMap<>();
    for (TypeDef descriptor : model.descriptors()) {
      TypeDef first = described.putIfAbsent(descriptor.name(), descriptor);
      if (first != null) {
        problems.error(descriptor.location(), "\"" + descriptor.name()
            + "\" is described twice; first at " + first.location());
        continue;
      }
      TypeDef declared = types.get(descriptor.name());
      if (declared == null) {
        types.put(descriptor.name(), descriptor);
      } else if (declared instanceof ClassDef classDef && descriptor instanceof ClassDef adjust) {
        types.put(descriptor.name(), adjust(classDef, adjust));
      } else if (declared instanceof NamespaceDef namespace
          && descriptor instanceof NamespaceDef adjust) {
        types.put(descriptor.name(), adjust(namespace, adjust));
      } else {
        problems.error(descriptor.location(), "descriptor for \"" + descriptor.name()
            + "\" does not match its definition at " + declared.location() + ": use "
            + (declared instanceof NamespaceDef ? "@JsNamespace" : "@JsClass") + " for it");
      }
    }
    return new Model(new ArrayList<>(types.values()));
  }

  private static ClassDef adjust(ClassDef declared, ClassDef descriptor) {
    return declared.toBuilder()
        .javaName(descriptor.javaName())
        .doc(descriptor.doc().orElse(declared.doc()))
        .requirements(descriptor.requirements().isEmpty()
            ? declared.requirements() : descriptor.requirements())
        .superClass(descriptor.superClass() != null
            ? descriptor.superClass() : declared.superClass())
        .interfaces(descriptor.interfaces().isEmpty()
            ? declared.interfaces() : descriptor.interfaces())
        .accessors(descriptor.accessors() != null ? descriptor.accessors() : declared.accessors())
        .functions(functions(declared, descriptor))
        .properties(properties(declared, descriptor))
        .build();
  }

  private static NamespaceDef adjust(NamespaceDef declared, NamespaceDef descriptor) {
    NamespaceDef members = declared.withMembers(functions(declared, descriptor),
        properties(declared, descriptor));
    return members.withJavaName(descriptor.javaName()).withDocAndRequirements(
        descriptor.doc().orElse(declared.doc()),
        descriptor.requirements().isEmpty()
            ? declared.requirements() : descriptor.requirements());
  }

  /**
   * The definition's functions in their order, each the descriptor mentions replaced in place by
   * the descriptor's functions of that name; then the functions only the descriptor declares.
   */
  private static List<FunctionDef> functions(MemberOwner declared, MemberOwner descriptor) {
    List<FunctionDef> result = new ArrayList<>();
    List<FunctionDef> unused = new ArrayList<>(descriptor.functions());
    for (FunctionDef function : declared.functions()) {
      List<FunctionDef> replacements = unused.stream()
          .filter(d -> sameMember(d, function))
          .toList();
      boolean replaced = descriptor.functions().stream().anyMatch(d -> sameMember(d, function));
      if (!replaced) {
        result.add(function);
      }
      replacements.forEach(r -> result.add(withDocs(r, function)));
      unused.removeAll(replacements);
    }
    result.addAll(unused);
    return result;
  }

  /** {@code on("click", …)} and {@code on("change", …)} are different members. */
  private static boolean sameMember(FunctionDef a, FunctionDef b) {
    return a.name().equals(b.name()) && a.isStatic() == b.isStatic()
        && a.leadingArguments().equals(b.leadingArguments());
  }

  /** The descriptor's function, documented from the definition where it says nothing itself. */
  private static FunctionDef withDocs(FunctionDef function, FunctionDef original) {
    List<Parameter> parameters = new ArrayList<>();
    for (Parameter parameter : function.parameters()) {
      String description = parameter.description().isEmpty()
          ? original.parameters().stream()
              .filter(o -> o.name().equals(parameter.name()))
              .map(Parameter::description)
              .findFirst()
              .orElse("")
          : parameter.description();
      parameters.add(new Parameter(parameter.name(), parameter.javaName(), parameter.type(),
          description));
    }
    return function.toBuilder()
        .doc(function.doc().orElse(original.doc()))
        .returnDescription(function.returnDescription().isEmpty()
            ? original.returnDescription() : function.returnDescription())
        .parameters(parameters)
        .build();
  }

  private static List<PropertyDef> properties(MemberOwner declared, MemberOwner descriptor) {
    List<PropertyDef> result = new ArrayList<>();
    for (PropertyDef property : declared.properties()) {
      if (descriptor.properties().stream().noneMatch(d -> d.name().equals(property.name()))) {
        result.add(property);
      }
    }
    for (PropertyDef property : descriptor.properties()) {
      PropertyDef original = declared.properties().stream()
          .filter(d -> d.name().equals(property.name()))
          .findFirst()
          .orElse(property);
      result.add(new PropertyDef(property.name(), property.javaName(), property.isStatic(),
          property.readOnly(), property.type(), property.doc().orElse(original.doc()),
          property.location()));
    }
    return result;
  }
}

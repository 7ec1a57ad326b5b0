package dev.encke.codegen.pass;

import dev.encke.codegen.Problem;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.MemberOwner;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Leaves out, each with a warning that says why, what the writers cannot express: a member that
 * would become the same Java method as an earlier one, a static member of an {@code @interface}
 * (which has no constructor in the page to call it on), and a call that passes a server callback
 * whose result the page needs at once, as a sort's comparator (a server answers asynchronously,
 * so the page would receive {@code undefined}).
 */
final class ValidationPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> byName = model.byName();
    Erasure erasure = new Erasure(model);
    return model.mapTypes(Guard.each(this, problems, type -> type instanceof MemberOwner owner
        && owner.javaName() != null ? validate(owner, byName, erasure, problems) : type));
  }

  private static TypeDef validate(MemberOwner owner, Map<String, TypeDef> byName,
      Erasure erasure, Problems problems) {
    boolean isInterface = owner instanceof ClassDef classDef && classDef.isInterface();
    Map<String, String> taken = new HashMap<>();
    List<FunctionDef> constructors = new ArrayList<>();
    if (owner instanceof ClassDef classDef) {
      for (FunctionDef constructor : classDef.constructors()) {
        String signature = "create(" + erasure.of(constructor.parameters()) + ")";
        if (servable(constructor, owner, "the constructor", byName, problems)
            && claim(taken, signature, "the constructor", constructor, owner, problems)
            && !hidesGenerically(classDef, constructor, signature, byName, erasure, problems)) {
          constructors.add(constructor);
        }
      }
    }
    List<FunctionDef> functions = new ArrayList<>();
    for (FunctionDef function : owner.functions()) {
      String what = (function.isStatic() ? "static " : "") + "function \"" + function.name() + "\"";
      if (isInterface && function.isStatic()) {
        problems.warn(function.location(), Problem.Kind.UNSUPPORTED_DECLARATION, "@interface \""
            + owner.name() + "\" has no constructor in the page, so its static function \""
            + function.name() + "\" is skipped");
      } else if (servable(function, owner, what, byName, problems)
          && claim(taken, OverridesPass.signature(function, erasure), what, function, owner,
              problems)) {
        functions.add(function);
      }
    }
    List<PropertyDef> properties = new ArrayList<>();
    for (PropertyDef property : owner.properties()) {
      validate(owner, isInterface, property, taken, byName, erasure, problems)
          .ifPresent(properties::add);
    }
    MemberOwner valid = owner.withMembers(functions, properties);
    return valid instanceof ClassDef classDef
        ? classDef.toBuilder().constructors(constructors).build() : valid;
  }

  private static Optional<PropertyDef> validate(MemberOwner owner, boolean isInterface,
      PropertyDef property, Map<String, String> taken, Map<String, TypeDef> byName,
      Erasure erasure, Problems problems) {
    if (property.isConstant()) {
      return Optional.of(property);
    }
    String what = (property.isStatic() ? "static " : "") + "property \"" + property.name() + "\"";
    if (isInterface && property.isStatic()) {
      problems.warn(property.location(), Problem.Kind.UNSUPPORTED_DECLARATION, "@interface \""
          + owner.name() + "\" has no constructor in the page, so its static property \""
          + property.name() + "\" is skipped");
      return Optional.empty();
    }
    PropertyDef checked = property;
    if (!property.readOnly() && needsResult(property.type(), byName)) {
      problems.warn(property.location(), Problem.Kind.CALLBACK_RESULT, what + " of \""
          + owner.name() + "\" takes a function whose result the page needs at once, which a "
          + "server callback cannot give; it gets no setter");
      checked = new PropertyDef(property.name(), property.javaName(), property.isStatic(), true,
          property.type(), property.doc(), property.location());
    }
    FunctionDef getter = FunctionDef.builder(checked.getterName(), checked.location()).build();
    if (!claim(taken, checked.getterName() + "()", what, getter, owner, problems)) {
      return Optional.empty();
    }
    if (!checked.readOnly()) {
      String setter = checked.setterName() + "(" + erasure.of(checked.type()) + ")";
      if (!claim(taken, setter, what, getter, owner, problems)) {
        return Optional.empty();
      }
    }
    return Optional.of(checked);
  }

  /**
   * Whether the static {@code create} of {@code type} would clash with a superclass's: Java lets
   * one static method hide another of the same erasure only when neither is generic otherwise.
   */
  private static boolean hidesGenerically(ClassDef type, FunctionDef constructor,
      String signature, Map<String, TypeDef> byName, Erasure erasure, Problems problems) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    ClassDef current = type;
    while (current.superClass() != null && seen.add(current.name())) {
      Optional<ClassDef> parent = Hierarchy.classNamed(current.superClass(), byName);
      if (parent.isEmpty()) {
        return false;
      }
      current = parent.get();
      boolean generic = !type.templates().isEmpty() || !current.templates().isEmpty();
      for (FunctionDef inherited : current.constructors()) {
        if (generic && signature.equals("create(" + erasure.of(inherited.parameters()) + ")")) {
          problems.warn(constructor.location(), Problem.Kind.NAME_CLASH, "the constructor of \""
              + type.name() + "\" would be " + signature + " as the generic one of \""
              + current.name() + "\" is, which Java does not let it hide; it is skipped");
          return true;
        }
      }
    }
    return false;
  }

  /** Whether no parameter is a callback whose result the page needs; warns when one is. */
  private static boolean servable(FunctionDef function, MemberOwner owner, String what,
      Map<String, TypeDef> byName, Problems problems) {
    for (Parameter parameter : function.parameters()) {
      if (needsResult(parameter.type(), byName)) {
        problems.warn(function.location(), Problem.Kind.CALLBACK_RESULT, what + " of \""
            + owner.name() + "\" is skipped with its parameter \"" + parameter.name() + "\": "
            + "the page needs the result (" + resultOf(parameter.type(), byName) + ") of that "
            + "function at once, and a server callback answers asynchronously");
        return false;
      }
    }
    return true;
  }

  private static boolean needsResult(JsType type, Map<String, TypeDef> byName) {
    JsType result = resultOf(type, byName);
    if (result == null) {
      return false;
    }
    JsType bare = result.bare();
    boolean anything = bare instanceof JsType.Undefined || bare instanceof JsType.Any
        || bare instanceof JsType.Unknown || bare instanceof JsType.TypeVariable;
    return !anything && !result.isOptional();
  }

  /** The result of the function a value of {@code type} is, or null when it is no function. */
  private static JsType resultOf(JsType type, Map<String, TypeDef> byName) {
    JsType bare = type instanceof JsType.Rest rest ? rest.type().bare() : type.bare();
    if (bare instanceof JsType.OptionalArgument optional) {
      bare = optional.type().bare();
    }
    if (bare instanceof JsType.FunctionType function) {
      return function.returnType();
    }
    if (bare instanceof JsType.Named named && byName.get(named.name()) instanceof CallbackDef
        callback) {
      return callback.returnType();
    }
    return null;
  }

  /** Claims a Java signature; a later member that would take it again is left out. */
  private static boolean claim(Map<String, String> taken, String signature, String what,
      FunctionDef member, MemberOwner owner, Problems problems) {
    String other = taken.putIfAbsent(signature, what);
    if (other != null && !other.equals(what)) {
      problems.warn(member.location(), Problem.Kind.NAME_CLASH, what + " of \"" + owner.name()
          + "\" would become the Java method " + signature + " as " + other + " does; it is "
          + "skipped (a descriptor can rename it)");
      return false;
    }
    return true;
  }
}

package dev.encke.codegen.pass;

import dev.encke.codegen.Problems;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.MemberOwner;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.TypeDef;
import java.util.HashMap;
import java.util.Map;

/**
 * Reports what the writers cannot express: two members that become the same Java method, static
 * members of an {@code @interface} other than constants, and results of an {@code @interface} type, which has no
 * proxy class to wrap the result in.
 */
final class ValidationPass implements Pass {

  @Override
  public Model applyTo(Model model, Problems problems) {
    Map<String, TypeDef> byName = model.byName();
    for (TypeDef type : model.types()) {
      if (type instanceof MemberOwner owner && owner.javaName() != null) {
        checkSignatures(owner, problems);
        checkStatics(owner, problems);
        owner.functions().forEach(function -> checkResult(function, byName, problems));
      }
    }
    return model;
  }

  private static void checkSignatures(MemberOwner owner, Problems problems) {
    Map<String, String> taken = new HashMap<>();
    if (owner instanceof ClassDef classDef) {
      for (FunctionDef constructor : classDef.constructors()) {
        claim(taken, "create(" + Erasure.of(constructor.parameters()) + ")", "the constructor",
            constructor.location(), owner, problems);
      }
    }
    for (FunctionDef function : owner.functions()) {
      claim(taken, OverridesPass.signature(function), "function \"" + function.name() + "\"",
          function.location(), owner, problems);
    }
    for (PropertyDef property : owner.properties()) {
      if (property.isConstant()) {
        continue;
      }
      String what = "property \"" + property.name() + "\"";
      claim(taken, property.getterName() + "()", what, property.location(), owner, problems);
      if (!property.readOnly()) {
        claim(taken, property.setterName() + "(" + Erasure.of(property.type()) + ")", what,
            property.location(), owner, problems);
      }
    }
  }

  /** An {@code @interface} has no constructor in the page to call static members on. */
  private static void checkStatics(MemberOwner owner, Problems problems) {
    if (!(owner instanceof ClassDef classDef) || !classDef.isInterface()) {
      return;
    }
    owner.functions().stream().filter(FunctionDef::isStatic).forEach(function ->
        problems.error(function.location(), "@interface \"" + owner.name()
            + "\" has no constructor in the page, so it cannot have the static function \""
            + function.name() + "\""));
    owner.properties().stream().filter(p -> p.isStatic() && !p.isConstant()).forEach(property ->
        problems.error(property.location(), "@interface \"" + owner.name()
            + "\" has no constructor in the page, so it cannot have the static property \""
            + property.name() + "\""));
  }

  private static void claim(Map<String, String> taken, String signature, String what,
      Location at, MemberOwner owner, Problems problems) {
    String other = taken.putIfAbsent(signature, what);
    if (other != null && !other.equals(what)) {
      problems.error(at, what + " and " + other + " of \"" + owner.name()
          + "\" both become the Java method " + signature + "; rename one in a descriptor");
    }
  }

  private static void checkResult(
      FunctionDef function, Map<String, TypeDef> byName, Problems problems) {
    if (function.is(FunctionDef.Trait.LOOKUP) || function.is(FunctionDef.Trait.FLUENT)) {
      return;
    }
    JsType result = function.returnType().bare();
    if (result instanceof JsType.Named named
        && byName.get(named.name()) instanceof ClassDef classDef && classDef.isInterface()) {
      problems.error(function.location(), function.name() + " returns the @interface \""
          + named.name() + "\", which has no proxy class; describe it with @Lookup in a "
          + "descriptor so that callers name the class");
    }
  }
}

package dev.encke.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.encke.codegen.model.JsType;
import java.util.Map;

/** How JavaScript types read in Java. */
public final class JavaTypes {

  private static final TypeName OBJECT = ClassName.OBJECT;

  private static final Map<String, TypeName> NAMED =
      Map.of(
          "string", ClassName.get(String.class),
          "number", TypeName.DOUBLE,
          "boolean", TypeName.BOOLEAN,
          "Object", OBJECT);

  private JavaTypes() {}

  /** Whether {@code type} has a Java spelling. */
  public static boolean isMapped(JsType type) {
    return !(type instanceof JsType.Named named) || NAMED.containsKey(named.name());
  }

  /** The Java type for a JavaScript parameter or return type. */
  public static TypeName of(JsType type) {
    if (type instanceof JsType.Void) {
      return TypeName.VOID;
    }
    if (type instanceof JsType.Named named) {
      return NAMED.getOrDefault(named.name(), OBJECT);
    }
    return OBJECT;
  }
}

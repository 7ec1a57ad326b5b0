package dev.encke.codegen.descriptor;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.NumberKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Java types a descriptor writes as the JavaScript types they stand for: {@code int} is
 * a {@code number} sent as an int, {@code List<String>} an {@code Array<string>}, {@code
 * Consumer<String>} a {@code function(string)}, and a type the descriptor imports or finds in its
 * own package a {@link JsType.JavaReference} that type resolution matches to its definition.
 */
final class JavaTypeReader {

  private final String packageName;
  private final Map<String, String> imports = new HashMap<>();

  JavaTypeReader(CompilationUnit unit) {
    this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration declaration : unit.getImports()) {
      if (!declaration.isAsterisk() && !declaration.isStatic()) {
        String name = declaration.getNameAsString();
        imports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
  }

  /**
   * The JavaScript type of {@code type}.
   *
   * @throws DescriptorException when Java type has no JavaScript counterpart
   */
  JsType read(Type type) {
    if (type.isVoidType()) {
      return new JsType.Undefined();
    }
    if (type instanceof PrimitiveType primitive) {
      return primitive(primitive);
    }
    if (type instanceof ArrayType array) {
      return new JsType.Named("Array", List.of(boxed(array.getComponentType())));
    }
    if (!(type instanceof ClassOrInterfaceType named)) {
      throw new DescriptorException(type, "no JavaScript type for \"" + type + "\"");
    }
    List<Type> arguments = named.getTypeArguments().map(List::copyOf).orElse(List.of());
    switch (named.getNameAsString()) {
      case "String" -> {
        return new JsType.Named("string");
      }
      case "Object" -> {
        return new JsType.Any();
      }
      case "Integer", "Long", "Double", "Boolean" -> {
        return new JsType.Nullable(read(named.toUnboxedType()));
      }
      case "List" -> {
        return new JsType.Named("Array", arguments.stream().map(this::boxed).toList());
      }
      case "Map" -> {
        return new JsType.Named("Object", arguments.stream().map(this::boxed).toList());
      }
      case "Runnable", "Consumer", "BiConsumer" -> {
        return new JsType.FunctionType(arguments.stream().map(this::boxed).toList(),
            new JsType.Undefined());
      }
      case "JsRef" -> {
        return new JsType.Named("JsRef");
      }
      default -> {
        return reference(named);
      }
    }
  }

  /** A type argument: {@code Integer} in {@code List<Integer>} means a plain int number. */
  JsType boxed(Type type) {
    JsType read = read(type);
    return read instanceof JsType.Nullable nullable ? nullable.type() : read;
  }

  private static JsType primitive(PrimitiveType primitive) {
    return switch (primitive.getType()) {
      case INT -> new JsType.NumberType(NumberKind.INT);
      case LONG -> new JsType.NumberType(NumberKind.LONG);
      case DOUBLE -> new JsType.NumberType(NumberKind.DOUBLE);
      case BOOLEAN -> new JsType.Named("boolean");
      default -> throw new DescriptorException(primitive, "no JavaScript type for \"" + primitive
          + "\"; use int, long, double or boolean");
    };
  }

  /** A binding type, by the qualified name its import or the descriptor's package gives it. */
  private JsType reference(ClassOrInterfaceType type) {
    return new JsType.JavaReference(qualifiedName(type));
  }

  /** The descriptor's package, empty for the default package. */
  String packageName() {
    return packageName;
  }

  private String qualifiedName(ClassOrInterfaceType type) {
    String written = type.getNameWithScope();
    String first = written.contains(".") ? written.substring(0, written.indexOf('.')) : written;
    String imported = imports.get(first);
    if (imported != null) {
      return imported + written.substring(first.length());
    }
    if (Character.isLowerCase(first.charAt(0))) {
      return written;
    }
    return packageName.isEmpty() ? written : packageName + "." + written;
  }
}

package dev.encke.codegen.descriptor;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.javadoc.Javadoc;
import com.github.javaparser.javadoc.JavadocBlockTag;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.PropertyDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the methods of one descriptor: functions (with their {@code @LeadingArguments}), {@code
 * @Fluent} and {@code @Lookup} functions, and {@code @JsProperty} accessors. A method the generator cannot read is a problem; the others
 * are still read.
 */
final class MemberReader {

  private final JavaTypeReader types;
  private final Path file;
  private final boolean namespace;
  private final Problems problems;
  private final List<FunctionDef> functions = new ArrayList<>();
  private final Map<String, PropertyDef> properties = new LinkedHashMap<>();

  MemberReader(JavaTypeReader types, Path file, boolean namespace, Problems problems) {
    this.types = types;
    this.file = file;
    this.namespace = namespace;
    this.problems = problems;
  }

  void read(ClassOrInterfaceDeclaration type) {
    for (MethodDeclaration method : type.getMethods()) {
      try {
        if (Annotations.has(method, "JsProperty")) {
          property(method);
        } else {
          functions.add(function(method, type.getNameAsString()));
        }
      } catch (DescriptorException e) {
        problems.error(DescriptorReader.location(file, e.node()), e.getMessage());
      }
    }
  }

  List<FunctionDef> functions() {
    return List.copyOf(functions);
  }

  List<PropertyDef> properties() {
    return List.copyOf(properties.values());
  }

  private FunctionDef function(MethodDeclaration method, String self) {
    String name = Annotations.stringValue(method, "JsName").orElse(method.getNameAsString());
    FunctionDef.Builder function = FunctionDef.builder(name, location(method))
        .javaName(method.getNameAsString())
        .isStatic(namespace || method.isStatic())
        .leadingArguments(Annotations.stringValues(method, "LeadingArguments"))
        .doc(Docs.of(method));
    Optional<Javadoc> javadoc = method.getJavadoc();
    javadoc.flatMap(doc -> Docs.tag(doc, JavadocBlockTag.Type.RETURN, null))
        .ifPresent(function::returnDescription);
    List<com.github.javaparser.ast.body.Parameter> parameters = method.getParameters();
    if (Annotations.has(method, "Lookup")) {
      function.trait(FunctionDef.Trait.LOOKUP).returnType(lookupBound(method));
      parameters = parameters.subList(0, parameters.size() - 1);
    } else if (!method.getTypeParameters().isEmpty()) {
      throw new DescriptorException(method.getTypeParameters().get(0), "type parameters of \""
          + method.getNameAsString() + "\" need @Lookup: only lookups are generic");
    } else if (Annotations.has(method, "Fluent")) {
      checkFluent(method, self);
      function.trait(FunctionDef.Trait.FLUENT);
    } else {
      function.returnType(result(method));
    }
    List<Parameter> read = new ArrayList<>();
    for (com.github.javaparser.ast.body.Parameter parameter : parameters) {
      JsType type = types.read(parameter.getType());
      String parameterName = parameter.getNameAsString();
      read.add(new Parameter(parameterName, parameter.isVarArgs() ? new JsType.Rest(type) : type,
          javadoc.flatMap(doc -> Docs.tag(doc, JavadocBlockTag.Type.PARAM, parameterName))
              .orElse("")));
    }
    return function.parameters(read).build();
  }

  /** {@code <T extends Bound> T name(…, Class<T> type)}: the bound, {@code *} for JsObject. */
  private JsType lookupBound(MethodDeclaration method) {
    String shape = "@Lookup \"" + method.getNameAsString() + "\" must be declared "
        + "<T extends JsObject> T " + method.getNameAsString() + "(…, Class<T> type)";
    if (method.getTypeParameters().size() != 1 || method.getParameters().isEmpty()) {
      throw new DescriptorException(method, shape);
    }
    TypeParameter variable = method.getTypeParameters().get(0);
    Type last = method.getParameters().get(method.getParameters().size() - 1).getType();
    boolean classParameter = last instanceof ClassOrInterfaceType classType
        && classType.getNameAsString().equals("Class")
        && classType.getTypeArguments().filter(a -> a.size() == 1
            && a.get(0).asString().equals(variable.getNameAsString())).isPresent();
    if (!classParameter || !method.getType().asString().equals(variable.getNameAsString())) {
      throw new DescriptorException(method, shape);
    }
    if (variable.getTypeBound().isEmpty()
        || variable.getTypeBound().get(0).getNameAsString().equals("JsObject")) {
      return new JsType.Any();
    }
    return types.read(variable.getTypeBound().get(0));
  }

  private static void checkFluent(MethodDeclaration method, String self) {
    String returned = method.getType().asString();
    if (!returned.equals(self) && !method.getType().isVoidType()) {
      throw new DescriptorException(method.getType(), "@Fluent \"" + method.getNameAsString()
          + "\" returns \"" + returned + "\"; it must return the descriptor's own type " + self);
    }
  }

  /**
   * What a function returns: a value comes back asynchronously, so it is declared {@code
   * CompletableFuture<T>}; a proxy or {@code JsRef} is returned as it is.
   */
  private JsType result(MethodDeclaration method) {
    Type type = method.getType();
    if (type instanceof ClassOrInterfaceType future
        && future.getNameAsString().equals("CompletableFuture")) {
      Type value = future.getTypeArguments().filter(a -> a.size() == 1).map(a -> a.get(0))
          .orElseThrow(() -> new DescriptorException(future, "CompletableFuture of \""
              + method.getNameAsString() + "\" needs a type argument"));
      return types.boxed(value);
    }
    JsType read = types.read(type);
    if (read instanceof JsType.Undefined || read instanceof JsType.JavaReference
        || read instanceof JsType.Named named && named.name().equals("JsRef")) {
      return read;
    }
    throw new DescriptorException(type, "\"" + method.getNameAsString() + "\" returns \""
        + type + "\", but values come back asynchronously: declare CompletableFuture<"
        + (type.isPrimitiveType() ? type.asPrimitiveType().toBoxedType() : type) + ">");
  }

  private void property(MethodDeclaration method) {
    String javaName = method.getNameAsString();
    String prefix = javaName.startsWith("is") ? "is" : javaName.startsWith("get") ? "get"
        : javaName.startsWith("set") ? "set" : "";
    boolean setter = prefix.equals("set");
    String derived = javaName.substring(prefix.length());
    String base = derived.isEmpty() ? javaName
        : Character.toLowerCase(derived.charAt(0)) + derived.substring(1);
    String name = Annotations.stringValue(method, "JsProperty").filter(v -> !v.isEmpty())
        .orElse(base);
    if (setter ? method.getParameters().size() != 1 || !method.getType().isVoidType()
        : !method.getParameters().isEmpty()) {
      throw new DescriptorException(method, "@JsProperty \"" + javaName + "\" must be a getter "
          + "without parameters or a void setter with one");
    }
    JsType type = setter ? types.read(method.getParameter(0).getType()) : result(method);
    PropertyDef known = properties.get(name);
    boolean readOnly = !setter && (known == null || known.readOnly());
    properties.put(name, new PropertyDef(name, base, namespace || method.isStatic(), readOnly,
        known != null && setter ? known.type() : type,
        known != null && !known.doc().isEmpty() ? known.doc() : Docs.of(method),
        known != null ? known.location() : location(method)));
  }

  private Location location(MethodDeclaration method) {
    return DescriptorReader.location(file, method);
  }
}

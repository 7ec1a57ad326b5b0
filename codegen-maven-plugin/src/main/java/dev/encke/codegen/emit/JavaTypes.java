package dev.encke.codegen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.encke.codegen.model.BuiltinTypes;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.JavaName;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.MemberOwner;
import dev.encke.codegen.model.Model;
import dev.encke.codegen.model.RecordDef;
import dev.encke.codegen.model.TypeDef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How JavaScript types read in Java, given the types of one run. Immutable.
 *
 * <pre>
 * string → String          number → double (int, long where a descriptor says so)
 * boolean → boolean        ?T → T boxed             * and ? → Object
 * Array&lt;T&gt; → List&lt;T&gt;      Object&lt;K, V&gt; → Map&lt;String, V&gt;
 * Element, Node, Event, Function… → JsRef (objects that only exist in the page)
 * function(A, B) → Runnable, Consumer&lt;A&gt;, BiConsumer&lt;A, B&gt;
 * (A|B) → the alternatives' common Java type, else Object
 * </pre>
 */
final class JavaTypes {

  static final ClassName JS = ClassName.get("dev.encke.js", "Js");
  static final ClassName JS_REF = ClassName.get("dev.encke.js", "JsRef");
  static final ClassName JS_OBJECT = ClassName.get("dev.encke.js", "JsObject");
  static final ClassName JS_FUNCTION = ClassName.get("dev.encke.js", "JsFunction");
  static final ClassName FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName STRING = ClassName.get(String.class);
  private static final List<ClassName> CALLBACKS = List.of(
      ClassName.get(Runnable.class),
      ClassName.get("java.util.function", "Consumer"),
      ClassName.get("java.util.function", "BiConsumer"));

  private final Map<String, TypeDef> types;
  private final Set<JavaName> interfaces = new java.util.HashSet<>();
  private final Set<String> proxiedInterfaces = new java.util.HashSet<>();

  JavaTypes(Model model) {
    this.types = model.byName();
    for (TypeDef type : model.types()) {
      if (type instanceof ClassDef classDef && classDef.isInterface() && type.javaName() != null) {
        interfaces.add(type.javaName());
      }
      if (type instanceof MemberOwner owner) {
        owner.functions().forEach(function -> noteProxied(function.returnType()));
        owner.properties().forEach(property -> noteProxied(property.type()));
      }
    }
  }

  private void noteProxied(JsType type) {
    if (definition(type) instanceof ClassDef classDef && classDef.isInterface()) {
      proxiedInterfaces.add(classDef.name());
    }
  }

  /** Whether a result or property has this interface's type, so that it needs a proxy class. */
  boolean needsProxyClass(ClassDef type) {
    return proxiedInterfaces.contains(type.name());
  }

  /** Whether the type of this name is nested in a generated interface. */
  boolean isNestedInInterface(JavaName name) {
    return name != null && name.isNested() && interfaces.contains(new JavaName(
        name.packageName(), name.simpleNames().subList(0, name.simpleNames().size() - 1)));
  }

  /**
   * The definition a type names, if it names one of this run's types; also through a union of
   * one type with {@code null} or {@code undefined}.
   */
  TypeDef definition(JsType type) {
    return single(type) instanceof JsType.Named named ? types.get(named.name()) : null;
  }

  /** The type itself, bare; for a union of one type with absent values, that type. */
  private static JsType single(JsType type) {
    JsType bare = type.bare();
    if (bare instanceof JsType.Union union) {
      List<JsType> present = union.alternatives().stream().filter(a -> !a.isAbsent()).toList();
      return present.size() == 1 ? present.get(0).bare() : bare;
    }
    return bare;
  }

  ClassName className(JavaName name) {
    List<String> simpleNames = name.simpleNames();
    return ClassName.get(name.packageName(), simpleNames.get(0),
        simpleNames.subList(1, simpleNames.size()).toArray(String[]::new));
  }

  /** The Java type of a parameter, property or field. */
  TypeName of(JsType type) {
    return of(type, false);
  }

  /**
   * The Java type of a parameter: as {@link #of}, but a list or map of anything accepts any list
   * or map, so that {@code List<?>} takes a {@code List<String>} as JavaScript's {@code
   * Array<*>} does: {@code List<Object>} becomes {@code List<?>}, {@code List<List<Object>>}
   * becomes {@code List<? extends List<?>>}.
   */
  TypeName parameter(JsType type) {
    return wildcarded(of(type));
  }

  private static TypeName wildcarded(TypeName type) {
    if (!(type instanceof ParameterizedTypeName generic)
        || !(generic.rawType().equals(LIST) || generic.rawType().equals(MAP))) {
      return type;
    }
    TypeName[] arguments = new TypeName[generic.typeArguments().size()];
    boolean changed = false;
    for (int i = 0; i < arguments.length; i++) {
      TypeName argument = generic.typeArguments().get(i);
      TypeName loosened = wildcarded(argument);
      if (argument.equals(ClassName.OBJECT)) {
        arguments[i] = WildcardTypeName.subtypeOf(Object.class);
      } else if (!loosened.equals(argument)) {
        arguments[i] = WildcardTypeName.subtypeOf(loosened);
      } else {
        arguments[i] = argument;
      }
      changed |= !arguments[i].equals(argument);
    }
    return changed ? ParameterizedTypeName.get(generic.rawType(), arguments) : type;
  }

  /** The Java type where only reference types fit: type arguments, futures, nullable values. */
  TypeName boxed(JsType type) {
    return of(type, true);
  }

  private TypeName of(JsType type, boolean boxed) {
    if (type instanceof JsType.Nullable || type instanceof JsType.OptionalArgument) {
      JsType inner = type instanceof JsType.Nullable n ? n.type() : ((JsType.OptionalArgument) type).type();
      return of(inner, true);
    }
    if (type instanceof JsType.NonNull nonNull) {
      return of(nonNull.type(), boxed);
    }
    if (type instanceof JsType.Rest rest) {
      return ArrayTypeName.of(of(rest.type(), false));
    }
    if (type instanceof JsType.Undefined) {
      return boxed ? ClassName.get(Void.class) : TypeName.VOID;
    }
    if (type instanceof JsType.NumberType number) {
      TypeName primitive = switch (number.kind()) {
        case INT -> TypeName.INT;
        case LONG -> TypeName.LONG;
        case DOUBLE -> TypeName.DOUBLE;
      };
      return boxed ? primitive.box() : primitive;
    }
    if (type instanceof JsType.TypeVariable variable) {
      return TypeVariableName.get(variable.name());
    }
    if (type instanceof JsType.Named named) {
      return named(named, boxed);
    }
    if (type instanceof JsType.Union union) {
      return union(union, boxed);
    }
    if (type instanceof JsType.FunctionType function) {
      return callback(function);
    }
    return ClassName.OBJECT;
  }

  private TypeName named(JsType.Named named, boolean boxed) {
    List<JsType> arguments = named.arguments();
    switch (named.name()) {
      case "string" -> {
        return STRING;
      }
      case "boolean" -> {
        return boxed ? ClassName.get(Boolean.class) : TypeName.BOOLEAN;
      }
      case "Array" -> {
        return ParameterizedTypeName.get(LIST,
            arguments.isEmpty() ? ClassName.OBJECT : boxed(arguments.get(0)));
      }
      case "Object" -> {
        return arguments.isEmpty() ? ClassName.OBJECT : ParameterizedTypeName.get(MAP, STRING,
            boxed(arguments.get(arguments.size() - 1)));
      }
      default -> {
        return declared(named);
      }
    }
  }

  private TypeName declared(JsType.Named named) {
    TypeDef type = types.get(named.name());
    if (type == null && BuiltinTypes.PAGE_OBJECTS.contains(named.name())) {
      return JS_REF;
    }
    if (type == null || type.javaName() == null) {
      return ClassName.OBJECT;
    }
    ClassName name = className(type.javaName());
    List<String> templates = templatesOf(type);
    if (!templates.isEmpty()) {
      TypeName[] arguments = new TypeName[templates.size()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = i < named.arguments().size()
            ? boxed(named.arguments().get(i)) : ClassName.OBJECT;
      }
      return ParameterizedTypeName.get(name, arguments);
    }
    return name;
  }

  static List<String> templatesOf(TypeDef type) {
    if (type instanceof ClassDef classDef) {
      return classDef.templates();
    }
    if (type instanceof RecordDef record) {
      return record.templates();
    }
    if (type instanceof CallbackDef callback) {
      return callback.templates();
    }
    return List.of();
  }

  /** The alternatives' common type, or {@code Object}. */
  private TypeName union(JsType.Union union, boolean boxed) {
    boolean absentAllowed = union.alternatives().stream().anyMatch(JsType::isAbsent);
    Set<TypeName> mapped = new LinkedHashSet<>();
    for (JsType alternative : union.alternatives()) {
      if (!alternative.isAbsent()) {
        mapped.add(of(alternative, boxed || absentAllowed));
      }
    }
    return mapped.size() == 1 ? mapped.iterator().next() : ClassName.OBJECT;
  }

  /** {@code Runnable}, {@code Consumer<A>} or {@code BiConsumer<A, B>}. */
  TypeName callback(JsType.FunctionType function) {
    ClassName raw = CALLBACKS.get(function.parameters().size());
    if (function.parameters().isEmpty()) {
      return raw;
    }
    return ParameterizedTypeName.get(raw,
        function.parameters().stream().map(this::boxed).toArray(TypeName[]::new));
  }

  /**
   * The Java type of a supertype: the proxy of the class or interface it names, also where a
   * value type of that name ({@code Array}) reads as a Java value type elsewhere.
   */
  TypeName supertype(JsType type) {
    return type.bare() instanceof JsType.Named named ? declared(named) : of(type);
  }

  /** The type variables of a generated type's templates. */
  static TypeName generic(ClassName raw, List<String> templates) {
    if (templates.isEmpty()) {
      return raw;
    }
    return ParameterizedTypeName.get(raw,
        templates.stream().map(TypeVariableName::get).toArray(TypeName[]::new));
  }

  /**
   * The Javadoc reference of a JavaScript name: {@code com.acme.Dom} for the type {@code
   * acme.dom}, {@code com.acme.Dom#byId} for its function {@code acme.dom.byId} (also written
   * {@code acme.Widget.prototype.show}), the getter for a property; empty when the name is not
   * generated.
   */
  java.util.Optional<String> javadocReference(String jsName) {
    String name = jsName.replace(".prototype.", ".");
    TypeDef type = types.get(name);
    if (type != null && type.javaName() != null) {
      return java.util.Optional.of(type.javaName().qualifiedName());
    }
    int dot = name.lastIndexOf('.');
    TypeDef owner = dot < 0 ? null : types.get(name.substring(0, dot));
    if (!(owner instanceof MemberOwner members) || owner.javaName() == null) {
      return java.util.Optional.empty();
    }
    String member = name.substring(dot + 1);
    String qualified = owner.javaName().qualifiedName() + "#";
    return members.functions().stream().filter(f -> f.name().equals(member)
            && f.leadingArguments().isEmpty()).findFirst()
        .map(f -> qualified + f.javaName())
        .or(() -> members.properties().stream().filter(p -> p.name().equals(member))
            .findFirst()
            .map(p -> p.isConstant() ? qualified + p.javaName() : qualified + p.getterName()));
  }

  /** The simple name of the class nested in each generated interface that proxies it. */
  static final String INTERFACE_PROXY = "Proxy";

  /**
   * The class a proxy of this type is made of: the type itself for a class, its nested {@code
   * Proxy} for an interface.
   */
  TypeName proxyClass(JsType type) {
    TypeName declared = boxed(type);
    if (definition(type) instanceof ClassDef classDef && classDef.isInterface()) {
      ClassName proxy = className(classDef.javaName()).nestedClass(INTERFACE_PROXY);
      return declared instanceof ParameterizedTypeName generic
          ? ParameterizedTypeName.get(proxy, generic.typeArguments().toArray(TypeName[]::new))
          : proxy;
    }
    return declared;
  }

  /** Whether a value of this type is a server-side callback the page calls. */
  boolean isCallback(JsType type) {
    return type.bare() instanceof JsType.FunctionType || definition(type) instanceof CallbackDef;
  }

  /** Whether a value of this type is an object in the page the server holds a proxy of. */
  boolean isProxy(JsType type) {
    return definition(type) instanceof ClassDef
        && !BuiltinTypes.VALUES.contains(((JsType.Named) single(type)).name());
  }

  /** Whether a value of this type stays in the page and is only referred to by a JsRef. */
  boolean isPageReference(JsType type) {
    return single(type) instanceof JsType.Named named
        && BuiltinTypes.PAGE_OBJECTS.contains(named.name()) && !types.containsKey(named.name())
        || type.bare() instanceof JsType.FunctionType
        || definition(type) instanceof CallbackDef;
  }
}

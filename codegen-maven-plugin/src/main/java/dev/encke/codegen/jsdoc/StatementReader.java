package dev.encke.codegen.jsdoc;

import dev.encke.codegen.Problem;
import dev.encke.codegen.Problems;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.NamespaceDef;
import dev.encke.codegen.model.PropertyDef;
import java.util.List;
import java.util.Optional;
import org.mozilla.javascript.ast.AbstractObjectProperty;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.Assignment;
import org.mozilla.javascript.ast.ElementGet;
import org.mozilla.javascript.ast.EmptyStatement;
import org.mozilla.javascript.ast.ExpressionStatement;
import org.mozilla.javascript.ast.FunctionNode;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.ObjectLiteral;
import org.mozilla.javascript.ast.ObjectProperty;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.VariableDeclaration;
import org.mozilla.javascript.ast.VariableInitializer;

/**
 * Recognises the declaration forms of Closure externs in one file's top-level statements: {@code
 * var ns = {}}, {@code ns.C = function () {}}, {@code ns.C.prototype.m = function () {}}, {@code
 * ns.C.prototype.p;}, {@code ns.T;} with {@code @typedef}, and global functions and variables
 * ({@code function parseInt(…) {}}, {@code var document;}), which belong to the namespace {@link
 * NamespaceDef#GLOBAL}. Statements without a JSDoc comment are skipped, so that ordinary code may
 * sit beside the definitions; a documented statement that declares nothing the generator can
 * express is skipped with a warning that says why.
 */
final class StatementReader {

  private static final String PROTOTYPE = ".prototype.";

  private final SourceText source;
  private final Declarations declarations;
  private final Problems problems;
  private final FunctionReader functions;
  private final TypeReader types;

  StatementReader(SourceText source, Declarations declarations, Problems problems) {
    this.source = source;
    this.declarations = declarations;
    this.problems = problems;
    this.functions = new FunctionReader(source, problems);
    this.types = new TypeReader(declarations, functions);
  }

  /** Reads one top-level statement, documented by {@code doc}. */
  void read(AstNode statement, JsDoc doc) {
    if (doc == JsDoc.NONE || doc.has("fileoverview")) {
      implicitNamespace(statement);
      return;
    }
    if (statement instanceof EmptyStatement) {
      return;
    }
    Location location = at(statement);
    if (statement instanceof VariableDeclaration declaration) {
      for (VariableInitializer variable : declaration.getVariables()) {
        if (variable.getTarget() instanceof Name name) {
          declare(name.getIdentifier(), variable.getInitializer(), doc, location);
        } else {
          skip(statement, "a destructuring declaration names no single value");
        }
      }
    } else if (statement instanceof FunctionNode function && function.getFunctionName() != null) {
      declare(function.getName(), function, doc, location);
    } else if (statement instanceof ExpressionStatement expression) {
      AstNode value = expression.getExpression();
      AstNode target = value instanceof Assignment assignment ? assignment.getLeft() : value;
      AstNode assigned = value instanceof Assignment assignment ? assignment.getRight() : null;
      Optional<String> name = qualifiedName(target);
      if (name.isPresent()) {
        declare(name.get(), assigned, doc, location);
      } else if (target instanceof ElementGet) {
        skip(statement, "a computed member name such as [Symbol.iterator] has no Java name");
      } else {
        skip(statement, "it is not a declaration");
      }
    } else {
      skip(statement, "it is not a declaration");
    }
  }

  /**
   * {@code var opera = {};} without a comment: externs declare namespaces so and document only
   * their members. It gets a Java type only if a member is declared on it.
   */
  private void implicitNamespace(AstNode statement) {
    if (statement instanceof VariableDeclaration declaration) {
      for (VariableInitializer variable : declaration.getVariables()) {
        if (variable.getTarget() instanceof Name name
            && variable.getInitializer() instanceof ObjectLiteral object
            && object.getElements().isEmpty()) {
          declarations.implicitNamespace(Declarations.namespace(name.getIdentifier(),
              JsDoc.NONE, at(statement)));
        }
      }
    }
  }

  private void declare(String name, AstNode value, JsDoc doc, Location location) {
    boolean typeTag = doc.has("constructor") || doc.has("interface") || doc.has("record");
    if (doc.has("typedef")) {
      types.typedef(name, doc, location);
    } else if (typeTag && (value == null || value instanceof FunctionNode)) {
      types.type(name, (FunctionNode) value, doc, location);
    } else if (doc.has("enum")) {
      if (value instanceof ObjectLiteral object) {
        declarations.type(EnumReader.read(name, object, doc, location, this::propertyDoc));
      } else {
        warn(location, "@enum \"" + name + "\" is not an object literal of its constants");
      }
    } else if (value instanceof ObjectLiteral object
        && (doc.has("const") || doc.has("namespace") || doc.has("mixin"))) {
      declarations.namespace(Declarations.namespace(name, doc, location));
      literalMembers(name, object);
    } else if (!name.contains(".")) {
      declareMember(NamespaceDef.GLOBAL, name, true, value, doc, location);
    } else {
      member(name, value, doc, location);
    }
  }

  private void member(String name, AstNode value, JsDoc doc, Location location) {
    int prototype = name.indexOf(PROTOTYPE);
    boolean isStatic = prototype < 0;
    String owner = isStatic
        ? name.substring(0, name.lastIndexOf('.'))
        : name.substring(0, prototype);
    String member = name.substring(isStatic ? owner.length() + 1 : prototype + PROTOTYPE.length());
    if (member.contains(".")) {
      warn(location, "\"" + name + "\" is a member of the member \"" + owner + "."
          + member.substring(0, member.indexOf('.')) + "\", which is not a namespace or class");
    } else {
      declareMember(owner, member, isStatic, value, doc, location);
    }
  }

  /** Declares a function, or a property when the comment gives its type. */
  private void declareMember(String owner, String name, boolean isStatic, AstNode value,
      JsDoc doc, Location location) {
    Optional<JsType> type = propertyType(doc);
    boolean handler = type.isPresent() && type.get() instanceof JsType.Nullable
        && type.get().bare() instanceof JsType.FunctionType;
    if (value instanceof FunctionNode function && !handler) {
      declarations.function(owner, functions.read(name, isStatic, function, doc, location));
      return;
    }
    if (type.isEmpty() && doc.has("override")) {
      type = Optional.of(new JsType.Inherited());
    } else if (type.isEmpty()) {
      // Closure reads a property without a type as of unknown type; so does the generator.
      problems.warn(location, Problem.Kind.APPROXIMATED_TYPE, "\"" + qualified(owner, name)
          + "\" has no @type, so it is of unknown type");
      type = Optional.of(new JsType.Unknown());
    }
    boolean readOnly = doc.has("const") || doc.has("final");
    declarations.property(owner, new PropertyDef(name, name, isStatic, readOnly, type.get(),
        doc.toDoc(), location, constant(value, isStatic, doc, type.get())));
  }

  private static String qualified(String owner, String name) {
    return owner.equals(NamespaceDef.GLOBAL) ? name : owner + "." + name;
  }

  /** The members written inside a namespace's object literal. */
  private void literalMembers(String owner, ObjectLiteral object) {
    int previousEnd = object.getAbsolutePosition() + 1;
    for (AbstractObjectProperty element : object.getElements()) {
      int start = element.getAbsolutePosition();
      JsDoc doc = source.jsDocBetween(previousEnd, start);
      previousEnd = start + element.getLength();
      if (doc == JsDoc.NONE) {
        continue;
      }
      Optional<String> key = element instanceof ObjectProperty property
          ? EnumReader.key(property.getKey()) : Optional.empty();
      if (key.isEmpty()) {
        skip(element, "a computed or spread member has no Java name");
        continue;
      }
      ObjectProperty property = (ObjectProperty) element;
      declareMember(owner, key.get(), true, property.getValue(), doc, at(element));
    }
  }

  /** The JSDoc of an object literal's property, for enum constants. */
  private JsDoc propertyDoc(ObjectLiteral object, AbstractObjectProperty element) {
    List<AbstractObjectProperty> elements = object.getElements();
    int index = elements.indexOf(element);
    int previousEnd = index == 0 ? object.getAbsolutePosition() + 1
        : elements.get(index - 1).getAbsolutePosition() + elements.get(index - 1).getLength();
    return source.jsDocBetween(previousEnd, element.getAbsolutePosition());
  }

  /** The value of a static {@code @const} assigned a literal, else null. */
  private static Object constant(AstNode value, boolean isStatic, JsDoc doc, JsType type) {
    if (!isStatic || !doc.has("const") || value == null) {
      return null;
    }
    return ConstantReader.read(value, type).orElse(null);
  }

  /** The type of {@code @type {T}} or {@code @const {T}}, if the comment declares one. */
  private static Optional<JsType> propertyType(JsDoc doc) {
    return doc.first("type").or(() -> doc.first("const")).or(() -> doc.first("final"))
        .filter(tag -> tag.type() != null)
        .map(tag -> TypeExpressionParser.parse(tag.type(), tag.typeOffset()));
  }

  private static Optional<String> qualifiedName(AstNode node) {
    if (node instanceof Name name) {
      return Optional.of(name.getIdentifier());
    }
    if (node instanceof PropertyGet get) {
      return qualifiedName(get.getTarget()).map(target -> target + "." + get.getProperty()
          .getIdentifier());
    }
    return Optional.empty();
  }

  private void skip(AstNode node, String why) {
    int start = node.getAbsolutePosition();
    warn(at(node), "\"" + source.excerpt(start, start + node.getLength()) + "\" is skipped: "
        + why);
  }

  private void warn(Location location, String message) {
    problems.warn(location, Problem.Kind.UNSUPPORTED_DECLARATION, message);
  }

  private Location at(AstNode node) {
    return source.locationOf(node.getAbsolutePosition());
  }
}

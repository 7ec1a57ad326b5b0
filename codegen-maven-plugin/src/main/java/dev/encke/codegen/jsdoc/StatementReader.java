package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.AliasDef;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.Doc;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.PropertyDef;
import dev.encke.codegen.model.RecordDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mozilla.javascript.ast.AbstractObjectProperty;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.Assignment;
import org.mozilla.javascript.ast.Comment;
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
 * ns.C.prototype.p;} and {@code ns.T;} with {@code @typedef}. Statements without a declaring
 * JSDoc tag are skipped, so that ordinary code may sit beside the definitions.
 */
final class StatementReader {

  private static final String PROTOTYPE = ".prototype.";

  private final SourceText source;
  private final Declarations declarations;

  StatementReader(SourceText source, Declarations declarations) {
    this.source = source;
    this.declarations = declarations;
  }

  void read(AstNode statement) {
    if (statement instanceof VariableDeclaration declaration) {
      for (VariableInitializer variable : declaration.getVariables()) {
        if (variable.getTarget() instanceof Name name) {
          declare(name.getIdentifier(), variable.getInitializer(), jsDoc(declaration),
              at(declaration));
        }
      }
    } else if (statement instanceof FunctionNode function && function.getFunctionName() != null) {
      declare(function.getName(), function, jsDoc(function), at(function));
    } else if (statement instanceof ExpressionStatement expression) {
      AstNode value = expression.getExpression();
      if (value instanceof Assignment assignment) {
        qualifiedName(assignment.getLeft()).ifPresent(name ->
            declare(name, assignment.getRight(), jsDoc(assignment), at(statement)));
      } else {
        qualifiedName(value).ifPresent(name -> declare(name, null, jsDoc(value), at(statement)));
      }
    }
  }

  private void declare(String name, AstNode value, JsDoc doc, Location location) {
    if (doc.has("typedef")) {
      typedef(name, doc, location);
    } else if (value instanceof FunctionNode function
        && (doc.has("constructor") || doc.has("interface") || doc.has("record"))) {
      type(name, function, doc, location);
    } else if (value instanceof ObjectLiteral object && doc.has("enum")) {
      declarations.type(EnumReader.read(name, object, doc, location, this::jsDoc));
    } else if (value instanceof ObjectLiteral object
        && (doc.has("const") || doc.has("namespace") || doc.has("mixin"))) {
      declarations.namespace(Declarations.namespace(name, doc, location));
      literalMembers(name, object);
    } else if (name.contains(".")) {
      member(name, value, doc, location);
    }
  }

  private void type(String name, FunctionNode function, JsDoc doc, Location location) {
    if (doc.has("record")) {
      declarations.record(new RecordDef(name, null, doc.toDoc(), List.of(), location));
      return;
    }
    boolean isInterface = doc.has("interface");
    ClassDef.Kind kind = isInterface ? ClassDef.Kind.INTERFACE : ClassDef.Kind.CLASS;
    ClassDef.Builder builder = ClassDef.builder(name, kind, location)
        .doc(doc.toDoc())
        .templates(FunctionReader.templates(doc))
        .mixins(tagTypes(doc, "mixes"));
    if (isInterface) {
      builder.interfaces(tagTypes(doc, "extends"));
    } else {
      // The comment documents the class; only the parameters belong to the constructor.
      FunctionDef constructor = FunctionReader.read(name, true, function, doc, location)
          .toBuilder().doc(Doc.EMPTY).templates(List.of()).build();
      builder.constructors(List.of(constructor))
          .superClass(tagTypes(doc, "extends").stream().findFirst().orElse(null))
          .interfaces(tagTypes(doc, "implements"));
    }
    declarations.classDef(builder, name, location);
  }

  private void typedef(String name, JsDoc doc, Location location) {
    JsDoc.Tag tag = doc.first("typedef").orElseThrow();
    if (tag.type() == null) {
      throw new JsDocSyntaxException(tag.offset(), "@typedef of \"" + name + "\" has no {type}");
    }
    JsType type = TypeExpressionParser.parse(tag.type(), tag.typeOffset());
    if (type instanceof JsType.RecordType record) {
      List<RecordDef.FieldDef> fields = record.fields().stream()
          .map(field -> new RecordDef.FieldDef(field.name(), field.name(), field.type(), ""))
          .toList();
      declarations.record(new RecordDef(name, null, doc.toDoc(), fields, location));
    } else if (type instanceof JsType.FunctionType function) {
      declarations.type(new CallbackDef(name, null, doc.toDoc(), callbackParameters(function, doc),
          function.returnType(), location));
    } else {
      declarations.type(new AliasDef(name, type, doc.toDoc(), location));
    }
  }

  /** Names a callback's parameters after its {@code @param} tags, or {@code arg0}, {@code arg1}. */
  private static List<Parameter> callbackParameters(JsType.FunctionType function, JsDoc doc) {
    List<JsDoc.Tag> tags = doc.all("param");
    boolean named = tags.size() == function.parameters().size();
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < function.parameters().size(); i++) {
      String name = named ? tags.get(i).firstWord() : "arg" + i;
      String description = named ? tags.get(i).afterFirstWord() : "";
      parameters.add(new Parameter(name, function.parameters().get(i), description));
    }
    return parameters;
  }

  private void member(String name, AstNode value, JsDoc doc, Location location) {
    int prototype = name.indexOf(PROTOTYPE);
    boolean isStatic = prototype < 0;
    String owner = isStatic
        ? name.substring(0, name.lastIndexOf('.'))
        : name.substring(0, prototype);
    String member = name.substring(isStatic ? owner.length() + 1 : prototype + PROTOTYPE.length());
    if (!member.contains(".")) {
      boolean readOnly = doc.has("const") || doc.has("final");
      declareMember(owner, member, isStatic, readOnly, value, doc, location);
    }
  }

  /** Declares a function, or a property when the comment gives its type. */
  private void declareMember(String owner, String name, boolean isStatic, boolean readOnly,
      AstNode value, JsDoc doc, Location location) {
    if (value instanceof FunctionNode function) {
      declarations.function(owner, FunctionReader.read(name, isStatic, function, doc, location));
    } else {
      propertyType(doc).ifPresent(type -> declarations.property(owner, new PropertyDef(name,
          name, isStatic, readOnly, type, doc.toDoc(), location,
          constant(value, isStatic, doc, type))));
    }
  }

  /** The members written inside a namespace's object literal. */
  private void literalMembers(String owner, ObjectLiteral object) {
    for (AbstractObjectProperty element : object.getElements()) {
      if (!(element instanceof ObjectProperty property)) {
        continue;
      }
      Optional<String> key = EnumReader.key(property.getKey());
      if (key.isEmpty()) {
        continue;
      }
      JsDoc doc = jsDoc(property.getKey());
      declareMember(owner, key.get(), true, doc.has("const"), property.getValue(), doc,
          at(property));
    }
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
    return doc.first("type").or(() -> doc.first("const"))
        .filter(tag -> tag.type() != null)
        .map(tag -> TypeExpressionParser.parse(tag.type(), tag.typeOffset()));
  }

  /** The types of every {@code @name}, written {@code @name {T}} or {@code @name T}. */
  private static List<JsType> tagTypes(JsDoc doc, String tagName) {
    List<JsType> types = new ArrayList<>();
    for (JsDoc.Tag tag : doc.all(tagName)) {
      if (tag.type() != null) {
        types.add(TypeExpressionParser.parse(tag.type(), tag.typeOffset()));
      } else if (!tag.firstWord().isEmpty()) {
        types.add(TypeExpressionParser.parse(tag.firstWord(),
            tag.offset() + tagName.length() + 2));
      } else {
        throw new JsDocSyntaxException(tag.offset(), "@" + tagName + " names no type");
      }
    }
    return types;
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

  JsDoc jsDoc(AstNode node) {
    Comment comment = node.getJsDocNode();
    if (comment == null && node.getParent() != null) {
      comment = node.getParent().getJsDocNode();
    }
    return comment == null
        ? JsDoc.NONE
        : JsDocParser.parse(comment.getValue(), comment.getAbsolutePosition());
  }

  private Location at(AstNode node) {
    return source.locationOf(node.getAbsolutePosition());
  }
}

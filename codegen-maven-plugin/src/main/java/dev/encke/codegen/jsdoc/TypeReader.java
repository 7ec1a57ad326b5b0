package dev.encke.codegen.jsdoc;

import dev.encke.codegen.model.AliasDef;
import dev.encke.codegen.model.CallbackDef;
import dev.encke.codegen.model.ClassDef;
import dev.encke.codegen.model.Doc;
import dev.encke.codegen.model.FunctionDef;
import dev.encke.codegen.model.JsType;
import dev.encke.codegen.model.Location;
import dev.encke.codegen.model.Parameter;
import dev.encke.codegen.model.RecordDef;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.ast.FunctionNode;

/**
 * Lowers the declarations of types: {@code @constructor}, {@code @interface}, {@code @record} and
 * {@code @typedef}. A {@code @record} is gathered like an interface; {@link Declarations} decides
 * once every file is read whether it is a plain shape (a Java record) or, with functions of its
 * own, an interface.
 */
final class TypeReader {

  private final Declarations declarations;
  private final FunctionReader functions;

  TypeReader(Declarations declarations, FunctionReader functions) {
    this.declarations = declarations;
    this.functions = functions;
  }

  /** A type declared by {@code function}, or by a {@code var} without a value when null. */
  void type(String name, FunctionNode function, JsDoc doc, Location location) {
    boolean isClass = doc.has("constructor");
    ClassDef.Kind kind = isClass ? ClassDef.Kind.CLASS : ClassDef.Kind.INTERFACE;
    ClassDef.Builder builder = ClassDef.builder(name, kind, location)
        .doc(doc.toDoc())
        .templates(functions.templates(doc, name).names())
        .mixins(tagTypes(doc, "mixes"));
    if (!isClass) {
      builder.interfaces(tagTypes(doc, "extends"));
    } else {
      // The comment documents the class; only the parameters belong to the constructor.
      FunctionDef constructor = (function == null
              ? FunctionDef.builder(name, location)
              : functions.read(name, true, function, doc, location).toBuilder())
          .isStatic(true).doc(Doc.EMPTY).templates(List.of()).build();
      builder.constructors(List.of(constructor))
          .superClass(tagTypes(doc, "extends").stream().findFirst().orElse(null))
          .interfaces(tagTypes(doc, "implements"));
    }
    if (doc.has("record")) {
      declarations.record(builder, name, location);
    } else {
      declarations.classDef(builder, name, location);
    }
  }

  void typedef(String name, JsDoc doc, Location location) {
    JsDoc.Tag tag = doc.first("typedef").orElseThrow();
    if (tag.type() == null) {
      throw new JsDocSyntaxException(tag.offset(), "@typedef of \"" + name + "\" has no {type}");
    }
    JsType type = TypeExpressionParser.parse(tag.type(), tag.typeOffset());
    if (type instanceof JsType.RecordType record) {
      List<RecordDef.FieldDef> fields = record.fields().stream()
          .map(field -> new RecordDef.FieldDef(field.name(), field.name(), field.type(), ""))
          .toList();
      declarations.type(new RecordDef(name, null, doc.toDoc(),
          functions.templates(doc, name).names(), fields, location));
    } else if (type instanceof JsType.FunctionType function) {
      declarations.type(new CallbackDef(name, null, doc.toDoc(),
          functions.templates(doc, name).names(), callbackParameters(function, doc),
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

  /** The types of every {@code @name}, written {@code @name {T}} or {@code @name T}. */
  static List<JsType> tagTypes(JsDoc doc, String tagName) {
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
}

package dev.encke.codegen.model;

import java.util.List;

/**
 * A function type the server implements, such as {@code @typedef {function(string)}
 * acme.Listener}, or one written inline in a signature. Becomes a functional interface.
 *
 * @param templates the names of the templates in scope where it was written inline
 * @param parameters what the page passes when it calls back
 * @param returnType what the JavaScript signature says it returns; the page always receives
 *     {@code undefined}, as the server answers asynchronously
 */
public record CallbackDef(
    String name,
    JavaName javaName,
    Doc doc,
    List<String> templates,
    List<Parameter> parameters,
    JsType returnType,
    Location location)
    implements TypeDef {

  public CallbackDef {
    templates = List.copyOf(templates);
    parameters = List.copyOf(parameters);
  }

  @Override
  public CallbackDef withJavaName(JavaName replaced) {
    return new CallbackDef(name, replaced, doc, templates, parameters, returnType, location);
  }

  public CallbackDef withReturnType(JsType replaced) {
    return new CallbackDef(name, javaName, doc, templates, parameters, replaced, location);
  }

  public CallbackDef withParameters(List<Parameter> replaced) {
    return new CallbackDef(name, javaName, doc, templates, replaced, returnType, location);
  }
}

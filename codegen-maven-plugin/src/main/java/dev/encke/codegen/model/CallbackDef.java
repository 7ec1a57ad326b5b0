package dev.encke.codegen.model;

import java.util.List;

/**
 * A function type the server implements, such as {@code @typedef {function(string)}
 * acme.Listener}, or one written inline in a signature. Becomes a functional interface.
 *
 * @param parameters what the page passes when it calls back
 * @param returnType what the JavaScript signature says it returns; the page always receives
 *     {@code undefined}, as the server answers asynchronously
 */
public record CallbackDef(
    String name,
    JavaName javaName,
    Doc doc,
    List<Parameter> parameters,
    JsType returnType,
    Location location)
    implements TypeDef {

  public CallbackDef {
    parameters = List.copyOf(parameters);
  }

  @Override
  public CallbackDef withJavaName(JavaName replaced) {
    return new CallbackDef(name, replaced, doc, parameters, returnType, location);
  }

  public CallbackDef withParameters(List<Parameter> replaced) {
    return new CallbackDef(name, javaName, doc, replaced, returnType, location);
  }
}

package dev.encke.codegen.model;

import java.util.List;

/** A function of a namespace: {@code ns.name = function (…) {}} with its JSDoc. */
public record FunctionDef(
    String name, List<Parameter> parameters, JsType returnType, String description, Location location) {

  public FunctionDef {
    parameters = List.copyOf(parameters);
  }
}

package dev.encke.codegen.model;

/** One parameter of a JavaScript function, with its JSDoc type and description. */
public record Parameter(String name, JsType type, String description) {}

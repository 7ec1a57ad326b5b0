package dev.encke.codegen.model;

/**
 * The functions through which a class's instances read and write their properties by name, as
 * Dijit's {@code get("label")} and {@code set("label", value)}.
 *
 * @param getter the function that reads a property
 * @param setter the function that writes one
 */
public record Accessors(String getter, String setter) {}

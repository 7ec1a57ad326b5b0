package dev.encke.js;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.encke.internal.protocol.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A JavaScript value that commands act on, given as a structured expression that each targeted page
 * evaluates for itself, never as script text: {@code JsRef.global("dijit").call("byId", "price")}
 * stands for {@code window.dijit.byId("price")}, looked up afresh in every page.
 *
 * <p>The forms are a global property path, a property of another reference, the result of calling a
 * function of another reference (its arguments are plain data), and a slot that a page bound
 * earlier with {@link Js#bind} or {@link Js#construct}. A reference may be passed as an argument of
 * a call; the page then passes the value it stands for.
 *
 * <p>Immutable and thread-safe; its JSON form is computed once.
 */
@JsonSerialize(using = JsRefSerializer.class)
public final class JsRef {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final String description;
  private final String json;
  /** The slot this expression starts from, 0 when it starts from {@code window}. */
  private final long baseSlot;

  private JsRef(String description, String json, long baseSlot) {
    this.description = description;
    this.json = json;
    this.baseSlot = baseSlot;
  }

  /**
   * A global object by its property path from {@code window}.
   *
   * @throws IllegalArgumentException when the path is empty or a segment is not an identifier
   */
  public static JsRef global(String... path) {
    Objects.requireNonNull(path, "path == null");
    if (path.length == 0) {
      throw new IllegalArgumentException("path is empty");
    }
    for (String segment : path) {
      requireIdentifier(segment);
    }
    return new JsRef(String.join(".", path), "{\"path\":" + Json.encode(List.of(path)) + "}",
        0);
  }

  /** The value a page bound to slot {@code slot}; see {@link Js#bind}. */
  static JsRef slot(long slot) {
    return new JsRef("slot#" + slot, "{\"slot\":" + slot + "}", slot);
  }

  /**
   * The property {@code property} of this value.
   *
   * @throws IllegalArgumentException when {@code property} is not an identifier
   */
  public JsRef get(String property) {
    requireIdentifier(property);
    return new JsRef(description + "." + property,
        "{\"on\":" + json + ",\"get\":" + Json.encode(property) + "}", baseSlot);
  }

  /**
   * The value of calling {@code function} on this value with plain-data arguments, evaluated each
   * time the reference is used. Lookups such as {@code dijit.byId(id)} are references of this form.
   *
   * @throws IllegalArgumentException when {@code function} is not an identifier or an argument is not
   *     plain data (a reference, a callback, or something Jackson cannot encode)
   */
  public JsRef call(String function, Object... args) {
    requireIdentifier(function);
    Object[] arguments = args == null ? new Object[] {null} : args;
    String encoded;
    try {
      encoded = Json.encode(Arrays.asList(arguments));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "arguments of " + description + "." + function + " must be plain data: " + e.getMessage(),
          e);
    }
    return new JsRef(description + "." + function + "(…)",
        "{\"on\":" + json + ",\"call\":" + Json.encode(function) + ",\"args\":" + encoded + "}",
        baseSlot);
  }

  /** The JSON expression a page evaluates. */
  String json() {
    return json;
  }

  /** The slot this expression starts from, 0 when it starts from {@code window}. */
  long baseSlot() {
    return baseSlot;
  }

  /** Whether this is a slot reference, the only kind {@link Js#release} accepts. */
  boolean isSlot() {
    return json.startsWith("{\"slot\":");
  }

  static String requireIdentifier(String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a JavaScript identifier: \"" + name + "\"");
    }
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsRef ref && ref.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return description;
  }
}

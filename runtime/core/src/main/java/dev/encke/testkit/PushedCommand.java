package dev.encke.testkit;

import dev.encke.internal.protocol.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One command a page received, decoded from the wire into plain Java, for assertions in application
 * tests. {@link #toString()} renders it as JavaScript-like text, for example {@code
 * dwr.util.setValue("price", 42)}; the page never evaluates any such text, it is only for reading.
 *
 * @param operation {@code call}, {@code new}, {@code set}, {@code get}, {@code release}, {@code
 *     forget} or {@code script}
 * @param target the object acted on, rendered: {@code dwr.util}, {@code
 *     document.getElementById("out")}, {@code slot#12}, {@code callback#7} for {@code forget}; for
 *     {@code script}, the script text
 * @param member the function or property name; empty for {@code new}, {@code release}, {@code
 *     forget} and {@code script}
 * @param arguments the call's arguments (for {@code set}, the value) as Jackson reads JSON into
 *     {@code Object}: strings, numbers, booleans, {@code null}, lists and maps; a callback is its
 *     number and a reference its expression map
 */
public record PushedCommand(
    String operation, String target, String member, List<Object> arguments) {

  public PushedCommand {
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(member, "member == null");
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  @Override
  public String toString() {
    String args = arguments.stream().map(PushedCommand::json).collect(Collectors.joining(", "));
    switch (operation) {
      case "call":
        return target + "." + member + "(" + args + ")";
      case "new":
        return "new " + target + "(" + args + ")";
      case "set":
        return target + "." + member + " = " + args;
      case "get":
        return target + "." + member;
      case "release":
        return "release " + target;
      default:
        return operation + " " + target;
    }
  }

  private static String json(Object value) {
    try {
      return Json.encode(value);
    } catch (IllegalArgumentException e) {
      return String.valueOf(value);
    }
  }
}

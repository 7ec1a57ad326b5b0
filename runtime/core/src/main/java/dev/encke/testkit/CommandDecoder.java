package dev.encke.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.internal.protocol.Json;
import java.util.ArrayList;
import java.util.List;

/** Reads the operations of a batch frame back into {@link PushedCommand}s. Stateless. */
final class CommandDecoder {

  private CommandDecoder() {}

  static List<PushedCommand> decode(String batchFrame) {
    Json.Parsed parsed = Json.parse(batchFrame);
    if (parsed.rejection() != null) {
      throw new IllegalStateException("not a batch frame: " + batchFrame + ": "
          + parsed.rejection());
    }
    JsonNode ops = parsed.root().get("ops");
    List<PushedCommand> commands = new ArrayList<>();
    for (JsonNode op : ops) {
      commands.add(command(op));
    }
    return commands;
  }

  private static PushedCommand command(JsonNode op) {
    String kind = op.path("op").asText();
    switch (kind) {
      case "call":
        return new PushedCommand(kind, render(op.get("on")), op.path("fn").asText(),
            values(op.get("args")));
      case "new":
        return new PushedCommand(kind, render(op.get("ctor")), "", values(op.get("args")));
      case "set":
        List<Object> value = new ArrayList<>();
        value.add(Json.convert(op.get("value"), Object.class));
        return new PushedCommand(kind, render(op.get("on")), op.path("prop").asText(), value);
      case "get":
        return new PushedCommand(kind, render(op.get("on")), op.path("prop").asText(), List.of());
      case "release":
        return new PushedCommand(kind, render(op.get("on")), "", List.of());
      case "forget":
        return new PushedCommand(kind, "callback#" + op.path("fn").asLong(), "", List.of());
      default:
        return new PushedCommand(kind, op.path("code").asText(), "", List.of());
    }
  }

  private static List<Object> values(JsonNode array) {
    List<Object> values = new ArrayList<>();
    if (array != null) {
      array.forEach(node -> values.add(Json.convert(node, Object.class)));
    }
    return values;
  }

  /** {@code {"on":{"path":["document"]},"call":"getElementById","args":["out"]}} as text. */
  private static String render(JsonNode expression) {
    if (expression.has("path")) {
      List<String> names = new ArrayList<>();
      expression.get("path").forEach(name -> names.add(name.asText()));
      return String.join(".", names);
    }
    if (expression.has("slot")) {
      return "slot#" + expression.get("slot").asLong();
    }
    String owner = render(expression.get("on"));
    if (expression.has("get")) {
      return owner + "." + expression.get("get").asText();
    }
    List<String> args = new ArrayList<>();
    expression.path("args").forEach(arg -> args.add(arg.toString()));
    return owner + "." + expression.path("call").asText() + "(" + String.join(", ", args) + ")";
  }
}

package dev.encke.internal.session;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.encke.ScriptSession;
import dev.encke.internal.protocol.Json;
import dev.encke.js.JsArguments;

/** Text arguments from a page, as a test calls a callback the page was given. */
record FixedArguments(ScriptSession session, String... values) implements JsArguments {

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public <T> T get(int index, Class<T> type) {
    return index < values.length ? Json.convert(TextNode.valueOf(values[index]), type) : null;
  }
}

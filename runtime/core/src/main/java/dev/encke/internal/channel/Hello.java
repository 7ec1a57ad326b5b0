package dev.encke.internal.channel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.Json;
import dev.encke.internal.protocol.Text;

/**
 * A page's {@code hello}: {@code {"t":"hello","v":1,"page":"/share.html","raw":false}}, or the
 * reason it is refused.
 */
record Hello(String page, boolean rawScript, String refusal) {

  private static final int MAX_PAGE_LENGTH = 1024;

  static Hello parse(String body) {
    Json.Parsed parsed = Json.parse(body);
    if (parsed.rejection() != null) {
      return refused(parsed.rejection());
    }
    JsonNode root = parsed.root();
    if (root == null || !root.isObject() || !"hello".equals(root.path("t").asText())) {
      return refused("the body must be a hello message, not " + Text.abbreviate(body, 80));
    }
    JsonNode version = root.get("v");
    if (version == null || !version.isInt() || version.asInt() != Frames.VERSION) {
      return refused("protocol version " + Text.abbreviate(String.valueOf(version), 80)
          + " is not spoken here; this server speaks version " + Frames.VERSION);
    }
    JsonNode page = root.get("page");
    if (page == null || !page.isTextual() || !page.asText().startsWith("/")
        || page.asText().length() > MAX_PAGE_LENGTH) {
      return refused("hello needs the page's path, starting with / and at most " + MAX_PAGE_LENGTH
          + " characters: " + Text.abbreviate(String.valueOf(page), 80));
    }
    JsonNode raw = root.path("raw");
    return new Hello(page.asText(), raw.isBoolean() && raw.asBoolean(), null);
  }

  private static Hello refused(String reason) {
    return new Hello(null, false, reason);
  }
}

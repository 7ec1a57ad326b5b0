package dev.encke.internal.jetty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.UplinkDispatcher;

/**
 * A page's {@code hello}: {@code {"t":"hello","v":1,"page":"/share.html","raw":false}}, or the
 * reason it is refused.
 */
record Hello(String page, boolean rawScript, String refusal) {

  private static final int MAX_PAGE_LENGTH = 1024;

  static Hello parse(String body) {
    UplinkDispatcher.Parsed parsed = UplinkDispatcher.parse(body);
    if (parsed.rejection() != null) {
      return refused(parsed.rejection());
    }
    JsonNode root = parsed.root();
    if (root == null || !root.isObject() || !"hello".equals(root.path("t").asText())) {
      return refused("the body must be a hello message, not " + UplinkDispatcher.abbreviate(body));
    }
    JsonNode version = root.get("v");
    if (version == null || !version.isInt() || version.asInt() != Frames.VERSION) {
      return refused("protocol version " + UplinkDispatcher.abbreviate(String.valueOf(version))
          + " is not spoken here; this server speaks version " + Frames.VERSION);
    }
    JsonNode page = root.get("page");
    if (page == null || !page.isTextual() || !page.asText().startsWith("/")
        || page.asText().length() > MAX_PAGE_LENGTH) {
      return refused("hello needs the page's path, starting with / and at most " + MAX_PAGE_LENGTH
          + " characters: " + UplinkDispatcher.abbreviate(String.valueOf(page)));
    }
    JsonNode raw = root.path("raw");
    return new Hello(page.asText(), raw.isBoolean() && raw.asBoolean(), null);
  }

  private static Hello refused(String reason) {
    return new Hello(null, false, reason);
  }
}

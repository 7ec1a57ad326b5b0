package dev.encke.internal.jetty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encke.testing.PageHello;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** HTTP requests to the channel's endpoints that must each be refused with a reason. */
final class HostileRequests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private HostileRequests() {}

  static List<Function<HostileInput, HttpRequest>> all(PageHello page) {
    URI base = page.base();
    String origin = PageHello.origin(base);
    List<Function<HostileInput, HttpRequest>> kinds = new ArrayList<>();
    kinds.add(in -> page.post("up", "[" + in.message() + "]").build());
    kinds.add(in -> page.post("up", in.message()).build());
    kinds.add(in -> page.post("up", "{\"t\":\"hb\"}").header("Origin", "http://evil.example")
        .build());
    kinds.add(in -> page.post("up", "{\"t\":\"hb\"}").setHeader("Origin", "http://evil.example")
        .build());
    kinds.add(in -> page.post("up", "[]").setHeader("X-Encke-Token", in.randomAscii(22)).build());
    kinds.add(in -> page.post("up", "[]").setHeader("Cookie", "encke-browser=AAAAAAAAAAAAAAAAAAAAAA")
        .build());
    kinds.add(in -> page.post("up", "[" + "{\"t\":\"hb\"},".repeat(150) + "{\"t\":\"hb\"}]")
        .build());
    kinds.add(in -> page.post("up", "[\"" + "x".repeat(70_000) + "\"]").build());
    kinds.add(in -> page.post("up", "").POST(HttpRequest.BodyPublishers.ofByteArray(
        invalidUtf8(in))).build());
    kinds.add(in -> page.post("poll", in.messageOtherThanResume()).build());
    kinds.add(in -> page.post("stream", "{\"t\":\"resume\",\"seq\":" + in.jsonString() + "}")
        .build());
    kinds.add(in -> page.post("poll", "{\"t\":\"resume\",\"seq\":0}")
        .setHeader("X-Encke-Token", "forged").build());
    kinds.add(in -> page.post("stream", "{\"t\":\"resume\",\"seq\":0}")
        .setHeader("X-Encke-Session", in.randomAscii(22)).build());
    kinds.add(in -> hello(base, origin, in.message()));
    kinds.add(in -> hello(base, origin, "{\"t\":\"hello\",\"v\":" + (2 + in.nextInt(9))
        + ",\"page\":\"/x\"}"));
    kinds.add(in -> hello(base, origin, "{\"t\":\"hello\",\"v\":1,\"page\":" + in.jsonString()
        + "}"));
    kinds.add(in -> hello(base, "http://evil.example", "{\"t\":\"hello\",\"v\":1,\"page\":\"/\"}"));
    kinds.add(in -> HttpRequest.newBuilder(base.resolve("/encke/sse?session="
        + URLEncoder.encode(in.randomText(6), StandardCharsets.UTF_8) + "&token=x&seq="
        + URLEncoder.encode(in.jsonString(), StandardCharsets.UTF_8))).timeout(TIMEOUT).build());
    kinds.add(in -> HttpRequest.newBuilder(base.resolve("/encke/up")).timeout(TIMEOUT)
        .method(in.nextInt(2) == 0 ? "GET" : "PUT", HttpRequest.BodyPublishers.noBody()).build());
    return kinds;
  }

  private static HttpRequest hello(URI base, String origin, String body) {
    return HttpRequest.newBuilder(base.resolve("/encke/hello")).timeout(TIMEOUT)
        .header("Origin", origin)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static byte[] invalidUtf8(HostileInput in) {
    byte[] bytes = in.randomBytes(32);
    bytes[0] = (byte) 0xC3;
    bytes[1] = (byte) 0x28;
    return bytes;
  }

  /**
   * Whether the answer refuses with a reason: an error status with {@code {"t":"error","reason"}},
   * or 200 whose messages (JSON array, SSE or NDJSON lines) are all errors or reloads with reasons.
   */
  static boolean isReasonedRejection(HttpResponse<String> response) {
    try {
      String body = response.body();
      if (response.statusCode() >= 400) {
        return hasReason(JSON.readTree(body), "error");
      }
      List<JsonNode> messages = new ArrayList<>();
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (type.startsWith("text/event-stream") || type.startsWith("application/x-ndjson")) {
        for (String line : body.split("\n")) {
          if (!line.isBlank()) {
            messages.add(JSON.readTree(line.startsWith("data: ") ? line.substring(6) : line));
          }
        }
      } else {
        JSON.readTree(body).forEach(messages::add);
      }
      return !messages.isEmpty() && messages.stream()
          .allMatch(m -> hasReason(m, "error") || hasReason(m, "reload"));
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean hasReason(JsonNode message, String type) {
    return type.equals(message.path("t").asText()) && !message.path("reason").asText().isEmpty();
  }
}

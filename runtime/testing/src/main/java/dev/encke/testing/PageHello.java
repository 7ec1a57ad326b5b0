package dev.encke.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What a page gets from {@code POST /encke/hello}: its session, CSRF token and browser cookie. Tests
 * that speak the protocol without a browser start here.
 *
 * @param welcome the welcome message as the server sent it
 * @param cookie the {@code Cookie} header value a browser would send from now on
 */
public record PageHello(URI base, String session, String token, String cookie, String welcome) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /**
   * Says hello as the page at {@code page} of the server at {@code base} would; {@code base} is
   * where {@code encke/} lies, such as {@code http://127.0.0.1:8080/app/}.
   */
  public static PageHello say(HttpClient http, URI base, String page) {
    return say(http, base, page, null);
  }

  /** As {@link #say(HttpClient, URI, String)}, from the browser that holds {@code cookie}. */
  public static PageHello say(HttpClient http, URI base, String page, String cookie) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("encke/hello"))
        .timeout(TIMEOUT)
        .header("Origin", origin(base))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"t\":\"hello\",\"v\":1,\"page\":\"" + page + "\"}"));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    try {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("hello answered " + response.statusCode() + ": "
            + response.body());
      }
      JsonNode welcome = JSON.readTree(response.body());
      String browser = cookie != null ? cookie : response.headers().firstValue("Set-Cookie")
          .map(header -> header.substring(0, header.indexOf(';')))
          .orElseThrow(() -> new IllegalStateException("hello set no cookie"));
      return new PageHello(base, welcome.get("session").asText(), welcome.get("token").asText(),
          browser, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code http://127.0.0.1:port}: the origin of pages served from {@code base}. */
  public static String origin(URI base) {
    return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
  }

  /** A POST to an Encke endpoint, carrying this page's cookie, origin, session and token. */
  public HttpRequest.Builder post(String endpoint, String body) {
    return HttpRequest.newBuilder(base.resolve("encke/" + endpoint))
        .timeout(TIMEOUT)
        .header("Origin", origin(base))
        .header("Cookie", cookie)
        .header("X-Encke-Session", session)
        .header("X-Encke-Token", token)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }
}

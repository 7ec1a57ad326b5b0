package dev.encke.internal.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticDirectoryTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path vendor;
  @TempDir Path elsewhere;

  @Test
  void aFolderOnDiskIsServedUnderItsPrefixBesideTheClasspath() throws Exception {
    Files.createDirectories(vendor.resolve("JSX/js"));
    Files.writeString(vendor.resolve("JSX/js/JSX30.js"), "var jsx3 = {};");
    Files.writeString(vendor.resolve("logger.xml"), "<configuration/>");
    try (Encke encke = Encke.builder().port(0).staticResources("web")
        .staticDirectory("/vendor/gi", vendor).start()) {

      HttpResponse<String> script = get(encke, "/vendor/gi/JSX/js/JSX30.js");
      assertThat(script.statusCode()).isEqualTo(200);
      assertThat(script.body()).isEqualTo("var jsx3 = {};");
      assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).contains("javascript"));
      assertThat(get(encke, "/vendor/gi/logger.xml").body()).isEqualTo("<configuration/>");
      assertThat(get(encke, "/probe.html").body()).contains("<span id=\"out\">");
      assertThat(get(encke, "/encke/encke.js").body()).contains("Encke client runtime");
      assertThat(get(encke, "/vendor/gi/missing.js").statusCode()).isEqualTo(404);
      assertThat(get(encke, "/vendor/gi/probe.html").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aFolderIsNeverListedAndNothingOutsideItIsReached() throws Exception {
    Files.createDirectories(vendor.resolve("JSX"));
    Files.writeString(vendor.resolve("JSX/a.js"), "a");
    Files.writeString(elsewhere.resolve("secret.txt"), "secret");
    try (Encke encke = Encke.builder().port(0).staticDirectory("/vendor", vendor).start()) {

      HttpResponse<String> folder = get(encke, "/vendor/JSX/");
      assertThat(folder.statusCode()).isEqualTo(403);
      assertThat(folder.body()).doesNotContain("a.js");
      String relative = vendor.relativize(elsewhere.resolve("secret.txt")).toString();
      String raw = rawGet(encke, "/vendor/" + relative);
      assertThat(raw).startsWith("HTTP/1.1 4").doesNotContain("secret\r").doesNotEndWith("secret");
      assertThat(rawGet(encke, "/vendor/%2e%2e/%2e%2e/etc/passwd")).startsWith("HTTP/1.1 4");
    }
  }

  private static HttpResponse<String> get(Encke encke, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(encke.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A request the HTTP client would normalise: its path is sent as written. */
  private static String rawGet(Encke encke, String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", encke.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}

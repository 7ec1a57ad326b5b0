package dev.encke.internal.jetty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The client runtime {@code /encke/encke.js}, joined once at start-up from its source files inside
 * one closure, so that it defines no global but {@code window.encke}. Each part is one factory
 * function with explicit inputs (tests load a part alone); {@code main.js}, last, wires them and
 * starts the client. Pages load one script.
 */
final class ClientScript {

  private static final String FOLDER = "dev/encke/client/";
  private static final List<String> PARTS =
      List.of("interpreter.js", "channel.js", "transports.js", "connection.js", "libraries.js",
          "main.js");

  private final ByteBuffer bytes;

  private ClientScript(byte[] bytes) {
    this.bytes = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  static ClientScript load() {
    StringBuilder script = new StringBuilder()
        .append("/* Encke client runtime: ").append(String.join(", ", PARTS))
        .append(" from the encke-runtime jar. No eval: it runs under script-src 'self'. */\n")
        .append("(function (window, document) {\n'use strict';\n");
    for (String part : PARTS) {
      script.append("\n// ---- ").append(part).append(" ----\n").append(read(FOLDER + part));
    }
    script.append("\n})(window, document);\n");
    return new ClientScript(script.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String read(String resource) {
    try (InputStream in = ClientScript.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("client script part missing from the classpath: "
            + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  void serve(Response response, Callback callback) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/javascript;charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.write(true, bytes.duplicate(), callback);
  }
}

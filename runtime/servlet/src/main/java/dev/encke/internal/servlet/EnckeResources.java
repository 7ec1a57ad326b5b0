package dev.encke.internal.servlet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files under {@code /encke/} that jars put in {@code META-INF/resources/encke/} (the bindings'
 * library lists, the Dojo configuration): the embedded server serves every {@code
 * META-INF/resources} folder, but the servlet mapped at {@code /encke/*} hides them from the
 * container's own, so it serves them itself. Read once, kept in memory; thread-safe.
 */
final class EnckeResources {

  private static final String FOLDER = "META-INF/resources";
  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript;charset=utf-8", "json", "application/json",
      "css", "text/css;charset=utf-8", "html", "text/html;charset=utf-8");

  private final ClassLoader loader;
  private final Map<String, ByteBuffer> cache = new ConcurrentHashMap<>();

  EnckeResources(ClassLoader loader) {
    this.loader = loader;
  }

  /** The bytes of the file at {@code path} (such as {@code /encke/dojo/config.js}), or null. */
  ByteBuffer find(String path) {
    if (path.contains("..") || path.contains("//") || path.endsWith("/")) {
      return null;
    }
    ByteBuffer found = cache.computeIfAbsent(path, this::read);
    return found.capacity() == 0 ? null : found.duplicate();
  }

  /** The content type of a file at {@code path}, by its extension. */
  static String typeOf(String path) {
    return TYPES.getOrDefault(path.substring(path.lastIndexOf('.') + 1),
        "application/octet-stream");
  }

  private ByteBuffer read(String path) {
    try (InputStream in = loader.getResourceAsStream(FOLDER + path)) {
      return in == null ? ByteBuffer.allocate(0) : ByteBuffer.wrap(in.readAllBytes())
          .asReadOnlyBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + path, e);
    }
  }
}

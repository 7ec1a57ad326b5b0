package dev.encke.internal.host;

import dev.encke.Encke;

/**
 * A host module's embedded server, found with {@link java.util.ServiceLoader} when {@code
 * Encke.builder().start()} runs: the first one found starts. {@code encke-jetty} provides one.
 * Implementations have a public no-argument constructor and are thread-safe.
 */
public interface EmbeddedServer {

  /**
   * Starts a server with {@code config} and returns it running.
   *
   * @throws IllegalStateException when it cannot start, for example because the port is taken
   */
  Encke start(ServerConfig config);
}

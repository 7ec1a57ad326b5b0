package dev.encke.internal.jetty;

import dev.encke.Encke;
import dev.encke.internal.host.EmbeddedServer;
import dev.encke.internal.host.ServerConfig;

/** The embedded server {@code Encke.builder().start()} finds with {@code ServiceLoader}. */
public final class JettyEmbeddedServer implements EmbeddedServer {

  @Override
  public Encke start(ServerConfig config) {
    return EnckeServer.start(config);
  }
}

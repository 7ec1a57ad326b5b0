/**
 * Encke on Jetty 12 core: the embedded server {@code Encke.builder().start()} runs. It exports no
 * package; it provides the core's {@code EmbeddedServer}.
 */
module dev.encke.jetty {
  requires dev.encke.core;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.websocket.core.server;

  provides dev.encke.internal.host.EmbeddedServer
      with dev.encke.internal.jetty.JettyEmbeddedServer;
}

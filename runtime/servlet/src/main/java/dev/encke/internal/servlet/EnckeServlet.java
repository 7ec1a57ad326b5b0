package dev.encke.internal.servlet;

import dev.encke.internal.host.Channel;
import dev.encke.internal.host.SocketEndpoint;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Encke's channel as one asynchronous servlet under {@code /encke/*}: the HTTP endpoints go to the
 * core, and {@code /encke/ws} is checked by the core before the container upgrades it, so that a
 * refused upgrade is an HTTP answer (403, 421, 429, 503) rather than a socket closed after the
 * handshake. Other files under {@code /encke/} that jars carry in {@code
 * META-INF/resources/encke/} are served too. {@code service} returns as soon as the request is
 * handed over.
 */
final class EnckeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient Channel channel;
  private final transient EnckeResources resources;
  private final transient Executor closers;

  EnckeServlet(Channel channel, ClassLoader loader, Executor closers) {
    this.channel = channel;
    this.resources = new EnckeResources(loader);
    this.closers = closers;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ServletExchange exchange = new ServletExchange(request, response);
    if (Channel.WEBSOCKET_PATH.equals(exchange.path())
        && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
      upgrade(exchange, request, response);
      return;
    }
    ByteBuffer file = "GET".equals(request.getMethod()) && !channel.handles(exchange.path())
        ? resources.find(exchange.path()) : null;
    if (file == null) {
      channel.handle(exchange);
    } else if (channel.screen(exchange)) {
      exchange.setHeader("Content-Type", EnckeResources.typeOf(exchange.path()));
      exchange.respond(200, file);
    }
  }

  private void upgrade(ServletExchange exchange, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    SocketEndpoint endpoint = channel.upgrade(exchange);
    if (endpoint == null) {
      return;
    }
    ServerContainer container = (ServerContainer) request.getServletContext()
        .getAttribute(ServerContainer.class.getName());
    if (container == null) {
      endpoint.closed("no WebSocket container");
      response.sendError(501, "this container has no jakarta.websocket support");
      return;
    }
    ServletSocket socket = new ServletSocket(endpoint, closers);
    ServerEndpointConfig config = ServerEndpointConfig.Builder
        .create(ServletSocket.class, Channel.WEBSOCKET_PATH)
        .configurator(new ServerEndpointConfig.Configurator() {
          @Override
          public <T> T getEndpointInstance(Class<T> type) {
            return type.cast(socket);
          }
        })
        .build();
    try {
      container.upgradeHttpToWebSocket(request, response, config, Map.of());
    } catch (DeploymentException | RuntimeException e) {
      endpoint.closed("upgrade failed: " + e);
      throw new IOException("the container could not upgrade " + Channel.WEBSOCKET_PATH + ": " + e,
          e);
    }
  }
}

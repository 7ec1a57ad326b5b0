package dev.encke.internal.jetty;

import dev.encke.internal.host.Channel;
import dev.encke.internal.host.SocketEndpoint;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;
import org.eclipse.jetty.websocket.core.server.WebSocketUpgradeHandler;

/**
 * Encke's channel as one Jetty core handler: its HTTP endpoints under {@code /encke/} go to the
 * core, {@code /encke/ws} upgrades to a WebSocket whose frames go to the core, and everything else
 * to the next handler (the application's). The embedded server is this handler on a server of its
 * own; mounted in an application's server, it shares that server's threads and connectors.
 */
final class EnckeHandler extends Handler.Wrapper {

  private final Channel channel;

  private EnckeHandler(Channel channel, Handler upgrade) {
    super(upgrade);
    this.channel = channel;
  }

  /** A handler for {@code channel} on {@code server}, passing other requests to {@code next}. */
  static EnckeHandler create(Server server, Channel channel, Handler next) {
    WebSocketUpgradeHandler upgrade =
        new WebSocketUpgradeHandler(WebSocketServerComponents.ensureWebSocketComponents(server));
    upgrade.getConfiguration().setMaxFrameSize(4L * channel.maxMessageBytes());
    upgrade.addMapping(Channel.WEBSOCKET_PATH, (request, response, callback) -> {
      SocketEndpoint endpoint = channel.upgrade(new JettyExchange(request, response, callback));
      if (endpoint == null) {
        return null;
      }
      response.setExtensions(List.of());
      return new JettySocket(endpoint);
    });
    upgrade.setHandler(next);
    return new EnckeHandler(channel, upgrade);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (channel.handles(Request.getPathInContext(request))) {
      channel.handle(new JettyExchange(request, response, callback));
      return true;
    }
    return super.handle(request, response, callback);
  }
}

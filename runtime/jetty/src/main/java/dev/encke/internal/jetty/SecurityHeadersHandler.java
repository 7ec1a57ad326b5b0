package dev.encke.internal.jetty;

import dev.encke.internal.host.Channel;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Screens every request with the core's policy before the handlers behind it see it: the security
 * headers on every response, a request for a host the server does not answer as refused (421).
 */
final class SecurityHeadersHandler extends Handler.Wrapper {

  private final Channel channel;

  SecurityHeadersHandler(Channel channel, Handler next) {
    super(next);
    this.channel = channel;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!channel.screen(new JettyExchange(request, response, callback))) {
      return true;
    }
    return super.handle(request, response, callback);
  }
}

package dev.encke.internal.jetty;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Adds the Content-Security-Policy and no-sniff headers to every response it passes on. */
final class SecurityHeadersHandler extends Handler.Wrapper {

  private final String contentSecurityPolicy;

  SecurityHeadersHandler(String contentSecurityPolicy, Handler next) {
    super(next);
    this.contentSecurityPolicy = contentSecurityPolicy;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    response.getHeaders().put("Content-Security-Policy", contentSecurityPolicy);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    return super.handle(request, response, callback);
  }
}

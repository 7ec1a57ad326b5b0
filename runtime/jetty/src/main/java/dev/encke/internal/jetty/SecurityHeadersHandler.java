package dev.encke.internal.jetty;

import dev.encke.internal.host.ContentSecurityPolicies;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Adds the Content-Security-Policy of the request's path and the no-sniff header to every response
 * it passes on.
 */
final class SecurityHeadersHandler extends Handler.Wrapper {

  private final ContentSecurityPolicies policies;

  SecurityHeadersHandler(ContentSecurityPolicies policies, Handler next) {
    super(next);
    this.policies = policies;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    response.getHeaders().put("Content-Security-Policy",
        policies.policyFor(Request.getPathInContext(request)));
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    return super.handle(request, response, callback);
  }
}

package dev.encke.internal.jetty;

import dev.encke.internal.host.Completion;
import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.host.ResponseStream;
import dev.encke.jetty.EnckeJetty;
import java.nio.ByteBuffer;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.util.Callback;

/** A Jetty core request, its response and its callback, as the core's exchange. */
final class JettyExchange implements HttpExchange {

  private final Request request;
  private final Response response;
  private final Callback callback;

  JettyExchange(Request request, Response response, Callback callback) {
    this.request = request;
    this.response = response;
    this.callback = callback;
  }

  @Override
  public String contextPath() {
    String context = Request.getContextPath(request);
    return context == null || context.equals("/") ? "" : context;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String path() {
    return Request.getPathInContext(request);
  }

  @Override
  public List<String> headers(String name) {
    return request.getHeaders().getValuesList(name);
  }

  @Override
  public List<String> cookies(String name) {
    List<String> values = new ArrayList<>();
    for (HttpCookie cookie : Request.getCookies(request)) {
      if (name.equals(cookie.getName())) {
        values.add(cookie.getValue());
      }
    }
    return values;
  }

  @Override
  public String query(String name) {
    return Request.extractQueryParameters(request).getValue(name);
  }

  /** The authenticated principal, else the name the application put in the session. */
  @Override
  public Optional<String> user() {
    Request.AuthenticationState authentication = Request.getAuthenticationState(request);
    Principal principal = authentication == null ? null : authentication.getUserPrincipal();
    if (principal != null) {
      return Optional.of(principal.getName());
    }
    Session session = request.getSession(false);
    Object user = session == null ? null : session.getAttribute(EnckeJetty.USER_ATTRIBUTE);
    return user instanceof String name ? Optional.of(name) : Optional.empty();
  }

  @Override
  public boolean isSecure() {
    return request.isSecure();
  }

  @Override
  public String remoteAddress() {
    return Request.getRemoteAddr(request);
  }

  @Override
  public String host() {
    String host = request.getHeaders().get(HttpHeader.HOST);
    return host != null ? host : request.getHttpURI().getAuthority();
  }

  @Override
  public void readBody(int maxBytes, BodyReceiver body) {
    BodyReader.read(request, this, maxBytes, body);
  }

  @Override
  public void setHeader(String name, String value) {
    response.getHeaders().put(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    response.getHeaders().add(name, value);
  }

  @Override
  public boolean isCommitted() {
    return response.isCommitted();
  }

  @Override
  public void respond(int status, ByteBuffer body) {
    response.setStatus(status);
    response.write(true, body, callback);
  }

  @Override
  public void abort(Throwable cause) {
    callback.failed(cause);
  }

  @Override
  public ResponseStream stream(int status, Consumer<Throwable> gone) {
    response.setStatus(status);
    request.addFailureListener(gone);
    return new ResponseStream() {
      @Override
      public void write(ByteBuffer bytes, boolean last, Completion done) {
        response.write(last, bytes, Callback.from(() -> {
          if (last) {
            callback.succeeded();
          }
          done.succeeded();
        }, failure -> {
          if (last) {
            callback.failed(failure);
          }
          done.failed(failure);
        }));
      }

      @Override
      public void abort(Throwable cause) {
        callback.failed(cause);
      }
    };
  }
}

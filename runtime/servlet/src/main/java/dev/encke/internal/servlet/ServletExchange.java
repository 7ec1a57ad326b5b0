package dev.encke.internal.servlet;

import dev.encke.internal.host.Completion;
import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.host.ResponseStream;
import dev.encke.servlet.EnckeServlets;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A servlet request and its response as the core's exchange. The request goes asynchronous when
 * the core first reads its body or answers it, so that the container thread returns at once; every
 * read and write after that is non-blocking, through a {@code ReadListener} or {@code
 * WriteListener}.
 */
final class ServletExchange implements HttpExchange {

  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final Optional<String> user;
  private AsyncContext async;

  ServletExchange(HttpServletRequest request, HttpServletResponse response) {
    this.request = request;
    this.response = response;
    this.user = userOf(request);
  }

  @Override
  public String contextPath() {
    return request.getContextPath();
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String path() {
    String info = request.getPathInfo();
    return request.getServletPath() + (info == null ? "" : info);
  }

  @Override
  public List<String> headers(String name) {
    return Collections.list(request.getHeaders(name));
  }

  @Override
  public List<String> cookies(String name) {
    List<String> values = new ArrayList<>();
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (name.equals(cookie.getName())) {
          values.add(cookie.getValue());
        }
      }
    }
    return values;
  }

  @Override
  public String query(String name) {
    return request.getParameter(name);
  }

  /**
   * The container's principal, else the name the application put in the HTTP session; read on the
   * container's thread that handed the request over, where filters such as Spring Security's keep
   * what the principal is, not on the thread that later finished reading the body.
   */
  @Override
  public Optional<String> user() {
    return user;
  }

  private static Optional<String> userOf(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (principal != null) {
      return Optional.of(principal.getName());
    }
    HttpSession session = request.getSession(false);
    Object user = session == null ? null : session.getAttribute(EnckeServlets.USER_ATTRIBUTE);
    return user instanceof String name ? Optional.of(name) : Optional.empty();
  }

  @Override
  public boolean isSecure() {
    return request.isSecure();
  }

  @Override
  public String remoteAddress() {
    return request.getRemoteAddr();
  }

  @Override
  public String host() {
    return request.getHeader("Host");
  }

  @Override
  public void readBody(int maxBytes, BodyReceiver body) {
    BodyReader.read(request, async(), this, maxBytes, body);
  }

  @Override
  public void setHeader(String name, String value) {
    response.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    response.addHeader(name, value);
  }

  @Override
  public boolean isCommitted() {
    return response.isCommitted();
  }

  @Override
  public void respond(int status, ByteBuffer body) {
    response.setContentLength(body.remaining());
    stream(status, failure -> {}).write(body, true, Completion.NONE);
  }

  @Override
  public void abort(Throwable cause) {
    AsyncContext context = async();
    if (!response.isCommitted()) {
      response.setStatus(500);
    }
    context.complete();
  }

  @Override
  public ResponseStream stream(int status, Consumer<Throwable> gone) {
    AsyncContext context = async();
    response.setStatus(status);
    context.addListener(new Gone(gone));
    try {
      return new ResponseWriter(context, response.getOutputStream());
    } catch (IOException e) {
      context.complete();
      gone.accept(e);
      return new ResponseWriter.Closed(e);
    }
  }

  /** The request's asynchronous context, started on first use; it never times out by itself. */
  private AsyncContext async() {
    if (async == null) {
      async = request.isAsyncStarted() ? request.getAsyncContext() : request.startAsync();
      async.setTimeout(0);
    }
    return async;
  }

  /** Tells {@code gone} once when the container reports the client gone or the request failed. */
  private static final class Gone implements AsyncListener {

    private final Consumer<Throwable> gone;
    private boolean told;

    Gone(Consumer<Throwable> gone) {
      this.gone = gone;
    }

    @Override
    public void onError(AsyncEvent event) {
      tell(event.getThrowable() != null ? event.getThrowable()
          : new IOException("the request failed"));
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      tell(new IOException("the request timed out"));
    }

    @Override
    public void onComplete(AsyncEvent event) {
      // Ended by the core itself: nothing to tell.
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // Not restarted.
    }

    private synchronized void tell(Throwable cause) {
      if (!told) {
        told = true;
        gone.accept(cause);
      }
    }
  }
}

package dev.encke.testing;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.client.BufferingResponseListener;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * The talk's stream-stopper (mod_jk, a buffering application firewall) on loopback: an HTTP proxy
 * that forwards each request and holds the whole response until it ends. Streams therefore never
 * arrive, and WebSocket upgrades do not pass (the hop-by-hop upgrade headers are dropped).
 */
public final class BufferingProxy implements AutoCloseable {

  private static final Set<String> HOP_BY_HOP = Set.of("connection", "upgrade", "keep-alive",
      "transfer-encoding", "te", "trailer", "proxy-connection", "host", "content-length",
      "sec-websocket-key", "sec-websocket-version", "sec-websocket-extensions");

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final HttpClient client = new HttpClient();
  private volatile URI upstream;

  private BufferingProxy() throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        forward(request, response, callback);
        return true;
      }
    });
    client.start();
    server.start();
  }

  /** Starts a proxy on a free loopback port; point it somewhere with {@link #forwardTo}. */
  public static BufferingProxy start() {
    try {
      return new BufferingProxy();
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the buffering proxy", e);
    }
  }

  public void forwardTo(URI server) {
    this.upstream = server;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  private void forward(Request request, Response response, Callback callback) {
    Content.Source.asByteArrayAsync(request, 1 << 20, Promise.Invocable.from(
        Invocable.InvocationType.NON_BLOCKING, (byte[] body, Throwable failure) -> {
      if (failure != null) {
        callback.failed(failure);
        return;
      }
      String target = upstream.resolve(request.getHttpURI().getPathQuery()).toString();
      org.eclipse.jetty.client.Request out = client.newRequest(target)
          .method(request.getMethod())
          .body(new BytesRequestContent(body));
      out.headers(headers -> {
        for (HttpField field : request.getHeaders()) {
          if (!HOP_BY_HOP.contains(field.getName().toLowerCase(Locale.ROOT))) {
            headers.add(field.getName(), field.getValue());
          }
        }
      });
      out.send(new BufferingResponseListener(8 << 20) {
        @Override
        public void onComplete(Result result) {
          if (result.isFailed()) {
            callback.failed(result.getFailure());
            return;
          }
          response.setStatus(result.getResponse().getStatus());
          for (HttpField field : result.getResponse().getHeaders()) {
            if (!HOP_BY_HOP.contains(field.getName().toLowerCase(Locale.ROOT))) {
              response.getHeaders().add(field.getName(), field.getValue());
            }
          }
          response.write(true, ByteBuffer.wrap(getContent()), callback);
        }
      });
    }));
  }

  @Override
  public void close() {
    try {
      server.stop();
      client.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the buffering proxy", e);
    }
  }
}

package dev.encke.internal.jetty;

import dev.encke.Encke;
import dev.encke.EnckeMetrics;
import dev.encke.ScriptSession;
import dev.encke.Target;
import dev.encke.Transport;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.session.SessionSettings;
import dev.encke.internal.transport.ChannelGate;
import dev.encke.internal.transport.WebSocketChannel;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;
import org.eclipse.jetty.websocket.core.server.WebSocketUpgradeHandler;

/**
 * The Jetty 12 server behind {@link Encke}: core handlers only, no servlet API.
 *
 * <pre>
 * SecurityHeadersHandler      CSP, nosniff; no Server header
 *  └ ChannelHandler           /encke/encke.js, hello, sse, stream, poll, up
 *     └ WebSocketUpgradeHandler   /encke/ws
 *        └ ResourceHandler    the application's pages, META-INF/resources
 *          (or PathMappingsHandler: folders on disk under their prefixes, the rest as above)
 * </pre>
 */
public final class EnckeServer implements Encke {

  static final String WEBSOCKET_PATH = "/encke/ws";

  private final Server server;
  private final ServerConnector connector;
  private final SessionHub hub;

  EnckeServer(ServerSettings settings) {
    SessionSettings sessions = settings.sessions();
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("encke");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(settings.host());
    connector.setPort(settings.port());
    // A reconnect storm opens thousands of connections at once; Jetty's default backlog of 50 drops
    // most of them into the kernel's SYN retry schedule (1 s, 3 s, 7 s …).
    connector.setAcceptQueueSize(4096);
    server.addConnector(connector);

    hub = SessionHub.open(sessions, "Encke{" + settings.host() + ":" + settings.port() + "}");
    OriginPolicy origins = new OriginPolicy(settings.allowedOrigins());
    ChannelGate gate = new ChannelGate(hub, threads);
    WebSocketUpgradeHandler upgrade =
        new WebSocketUpgradeHandler(WebSocketServerComponents.ensureWebSocketComponents(server));
    upgrade.getConfiguration().setMaxFrameSize(4L * sessions.maxUplinkBytes());
    upgrade.addMapping(WEBSOCKET_PATH, (request, response, callback) -> {
      String refusal = origins.refusal(request, true);
      String browser = BrowserCookie.read(request);
      if (refusal == null && !sessions.transports().contains(Transport.WEBSOCKET)) {
        refusal = "transport ws is disabled on this server";
      } else if (refusal == null && browser == null) {
        refusal = "no Encke browser cookie: the page must say hello first";
      }
      if (refusal != null) {
        Replies.refuse(response, callback, 403, refusal);
        return null;
      }
      response.setExtensions(List.of());
      return new WebSocketChannel(gate, browser);
    });
    upgrade.setHandler(StaticContent.handler(server, settings.staticResources(),
        settings.staticDirectories()));
    ChannelHandler channel = new ChannelHandler(gate, origins, ClientScript.load(), upgrade);
    server.setHandler(new SecurityHeadersHandler(settings.contentSecurityPolicies(), channel));
  }

  public static Builder builder() {
    return new ServerSettings();
  }

  EnckeServer startServer() {
    try {
      server.start();
    } catch (Exception e) {
      hub.close();
      throw new IllegalStateException(
          "cannot start Encke on " + connector.getHost() + ":" + connector.getPort() + ": "
              + e.getMessage(), e);
    }
    return this;
  }

  /** The sessions core of this server, for tests that look inside. */
  public SessionHub hub() {
    return hub;
  }

  @Override
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public URI uri() {
    return URI.create("http://" + connector.getHost() + ":" + port() + "/");
  }

  @Override
  public Collection<ScriptSession> sessions() {
    return hub.snapshot();
  }

  @Override
  public EnckeMetrics metrics() {
    return hub.metrics();
  }

  @Override
  public Target allSessions() {
    return hub.allSessions();
  }

  @Override
  public Target page(String path) {
    return hub.page(path);
  }

  @Override
  public Target session(String sessionId) {
    return hub.session(sessionId);
  }

  @Override
  public void withAllSessions(Runnable calls) {
    hub.allSessions().run(calls);
  }

  @Override
  public void withSession(String sessionId, Runnable calls) {
    hub.requireSession(sessionId).run(calls);
  }

  @Override
  public void close() {
    try {
      hub.close();
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop Encke: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Encke{" + connector.getHost() + ":" + port() + "}";
  }
}

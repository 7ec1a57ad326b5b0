package dev.encke.internal.jetty;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Recording;
import dev.encke.internal.protocol.UplinkDispatcher;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.SessionRegistry;
import dev.encke.internal.transport.WebSocketChannel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.core.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;
import org.eclipse.jetty.websocket.core.server.WebSocketUpgradeHandler;

/** The Jetty 12 server behind {@link Encke}: core handlers only, no servlet API. */
public final class EnckeServer implements Encke {

  static final String WEBSOCKET_PATH = "/encke/ws";
  private static final int MAX_UPLINK_MESSAGE_BYTES = 64 * 1024;

  private final Server server;
  private final ServerConnector connector;
  private final ExecutorService listenerPool = Executors.newCachedThreadPool(new ListenerThreads());
  private final SessionRegistry registry;
  private final UplinkDispatcher uplink = new UplinkDispatcher();

  private EnckeServer(Settings settings) {
    registry = new SessionRegistry(Clock.systemUTC(), settings.replyTimeout, listenerPool);
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("encke");
    server = new Server(threads);
    connector = new ServerConnector(server);
    connector.setHost(settings.host);
    connector.setPort(settings.port);
    server.addConnector(connector);

    WebSocketUpgradeHandler upgrade =
        new WebSocketUpgradeHandler(WebSocketServerComponents.ensureWebSocketComponents(server));
    upgrade.addMapping(
        WEBSOCKET_PATH,
        (request, response, callback) ->
            new WebSocketChannel(
                registry, pageOf(request), MAX_UPLINK_MESSAGE_BYTES, this::onUplink));
    upgrade.setHandler(StaticContent.handler(server, settings.staticResources));
    server.setHandler(new SecurityHeadersHandler(settings.contentSecurityPolicy, upgrade));
  }

  public static Builder builder() {
    return new Settings();
  }

  private static String pageOf(ServerUpgradeRequest request) {
    Fields query = Request.extractQueryParameters(request);
    String page = query.getValue("page");
    return page == null || page.isEmpty() ? "/" : page;
  }

  private void onUplink(DefaultScriptSession session, String message) {
    uplink.dispatch(session, message).ifPresent(session::sendControl);
  }

  private EnckeServer startServer() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot start Encke on " + connector.getHost() + ":" + connector.getPort() + ": "
              + e.getMessage(), e);
    }
    RunningServers.add(this);
    return this;
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
    return registry.snapshot();
  }

  @Override
  public void withAllSessions(Runnable calls) {
    push(calls, registry.all(), Recording.Audience.MANY_SESSIONS);
  }

  @Override
  public void withSession(String sessionId, Runnable calls) {
    DefaultScriptSession session =
        registry
            .find(sessionId)
            .orElseThrow(
                () -> new IllegalArgumentException("no script session \"" + sessionId + "\""));
    push(calls, List.of(session), Recording.Audience.ONE_SESSION);
  }

  private static void push(
      Runnable calls, List<DefaultScriptSession> targets, Recording.Audience audience) {
    Objects.requireNonNull(calls, "calls == null");
    EncodedBatch batch;
    try (Recording recording = Recording.open(audience)) {
      calls.run();
      batch = recording.finish();
    }
    if (batch.isEmpty()) {
      return;
    }
    for (DefaultScriptSession session : targets) {
      session.push(batch);
    }
  }

  @Override
  public void close() {
    RunningServers.remove(this);
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop Encke: " + e.getMessage(), e);
    } finally {
      registry.all().forEach(registry::remove);
      listenerPool.shutdownNow();
    }
  }

  /** Daemon threads for listeners, so a forgotten server does not keep the JVM alive. */
  private static final class ListenerThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "encke-listener-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  @Override
  public String toString() {
    return "Encke{" + connector.getHost() + ":" + port() + "}";
  }

  private static final class Settings implements Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private String staticResources;
    private String contentSecurityPolicy = "script-src 'self'";
    private Duration replyTimeout = Duration.ofSeconds(10);

    @Override
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    @Override
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
      }
      this.port = port;
      return this;
    }

    @Override
    public Builder staticResources(String classpathFolder) {
      this.staticResources = Objects.requireNonNull(classpathFolder, "classpathFolder == null");
      return this;
    }

    @Override
    public Builder contentSecurityPolicy(String policy) {
      this.contentSecurityPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    @Override
    public Builder replyTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("replyTimeout must be positive: " + timeout);
      }
      this.replyTimeout = timeout;
      return this;
    }

    @Override
    public Encke start() {
      return new EnckeServer(this).startServer();
    }
  }
}

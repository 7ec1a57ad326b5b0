package dev.encke.internal.jetty;

import dev.encke.internal.host.Channel;
import dev.encke.internal.host.HostedEncke;
import dev.encke.internal.host.ServerConfig;
import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded server behind {@code Encke.builder().start()}: a Jetty 12 server of its own, core
 * handlers only, no servlet API.
 *
 * <pre>
 * SecurityHeadersHandler      the core's screen: hosts, CSP per path, framing; no Server header
 *  └ EnckeHandler             /encke/encke.js, hello, sse, stream, poll, up; /encke/ws
 *     └ ResourceHandler       the application's pages, META-INF/resources
 *       (or PathMappingsHandler: folders on disk under their prefixes, the rest as above)
 * </pre>
 */
final class EnckeServer extends HostedEncke {

  private final Server server;
  private final ServerConnector connector;
  private final boolean secure;

  private EnckeServer(Server server, ServerConnector connector, Channel channel,
      boolean secure) {
    super(channel);
    this.server = server;
    this.connector = connector;
    this.secure = secure;
  }

  static EnckeServer start(ServerConfig config) {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("encke");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = config.tls().map(tls -> tlsConnector(server, http, tls))
        .orElseGet(() -> new ServerConnector(server, new HttpConnectionFactory(http)));
    connector.setHost(config.host());
    connector.setPort(config.port());
    // A reconnect storm opens thousands of connections at once; Jetty's default backlog of 50 drops
    // most of them into the kernel's SYN retry schedule (1 s, 3 s, 7 s …).
    connector.setAcceptQueueSize(4096);
    server.addConnector(connector);

    Channel channel = Channel.open(config, threads,
        "Encke{" + config.host() + ":" + config.port() + "}");
    EnckeHandler encke = EnckeHandler.create(server, channel,
        StaticContent.handler(server, config.staticResources().orElse(null),
            config.staticDirectories()));
    server.setHandler(new SecurityHeadersHandler(channel, encke));
    try {
      server.start();
    } catch (Exception e) {
      channel.close();
      throw new IllegalStateException(
          "cannot start Encke on " + config.host() + ":" + config.port() + ": " + e.getMessage(),
          e);
    }
    return new EnckeServer(server, connector, channel, config.tls().isPresent());
  }

  /** A connector that speaks only TLS, with the configured key; HTTP/1.1 inside. */
  private static ServerConnector tlsConnector(Server server, HttpConfiguration http,
      ServerConfig.Tls tls) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStore(tls.keyStore());
    ssl.setKeyManagerPassword(new String(tls.keyPassword()));
    http.addCustomizer(new SecureRequestCustomizer());
    return new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
        new HttpConnectionFactory(http));
  }

  @Override
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public URI uri() {
    return URI.create((secure ? "https://" : "http://") + connector.getHost() + ":" + port()
        + "/");
  }

  @Override
  protected void stopHost() {
    try {
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

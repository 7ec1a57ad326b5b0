package dev.encke.internal.host;

import dev.encke.Encke;
import dev.encke.OverflowPolicy;
import dev.encke.ScriptSessionListener;
import dev.encke.Transport;
import dev.encke.internal.session.SessionSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * {@link Encke.Builder}: validates each setting as it is given, quoting the bad value, and starts
 * the embedded server of whichever host module is on the class path.
 */
public final class ServerSettings implements Encke.Builder {

  private String host = "127.0.0.1";
  private int port = 8080;
  private String staticResources;
  private String contentSecurityPolicy = "script-src 'self'";
  private final List<String> allowedOrigins = new ArrayList<>();
  private final SessionSettings.Builder sessions = SessionSettings.builder();

  @Override
  public Encke.Builder host(String host) {
    this.host = Objects.requireNonNull(host, "host == null");
    return this;
  }

  @Override
  public Encke.Builder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    this.port = port;
    return this;
  }

  @Override
  public Encke.Builder staticResources(String classpathFolder) {
    this.staticResources = Objects.requireNonNull(classpathFolder, "classpathFolder == null");
    return this;
  }

  @Override
  public Encke.Builder contentSecurityPolicy(String policy) {
    this.contentSecurityPolicy = Objects.requireNonNull(policy, "policy == null");
    return this;
  }

  @Override
  public Encke.Builder replyTimeout(Duration timeout) {
    sessions.replyTimeout(timeout);
    return this;
  }

  @Override
  public Encke.Builder heartbeat(Duration interval) {
    sessions.heartbeat(interval);
    return this;
  }

  @Override
  public Encke.Builder disconnectGrace(Duration grace) {
    sessions.disconnectGrace(grace);
    return this;
  }

  @Override
  public Encke.Builder outboundLimit(int messages, long bytes) {
    sessions.outboundLimit(messages, bytes);
    return this;
  }

  @Override
  public Encke.Builder overflowPolicy(OverflowPolicy policy) {
    sessions.overflowPolicy(policy);
    return this;
  }

  @Override
  public Encke.Builder transports(Transport... transports) {
    sessions.transports(List.of(Objects.requireNonNull(transports, "transports == null")));
    return this;
  }

  @Override
  public Encke.Builder allowedOrigins(String... origins) {
    for (String origin : Objects.requireNonNull(origins, "origins == null")) {
      URI uri = URI.create(Objects.requireNonNull(origin, "origin == null"));
      if (uri.getScheme() == null || uri.getHost() == null
          || uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
        throw new IllegalArgumentException(
            "an origin is scheme://host[:port], such as https://app.example.com: \"" + origin + "\"");
      }
      allowedOrigins.add(origin);
    }
    return this;
  }

  @Override
  public Encke.Builder maxUplinkBytes(int bytes) {
    sessions.maxUplinkBytes(bytes);
    return this;
  }

  @Override
  public Encke.Builder maxMessagesPerSecond(int messages) {
    sessions.maxMessagesPerSecond(messages);
    return this;
  }

  @Override
  public Encke.Builder maxSessionsPerBrowser(int count) {
    sessions.maxSessionsPerBrowser(count);
    return this;
  }

  @Override
  public Encke.Builder allowRawScript(boolean allow) {
    sessions.rawScriptAllowed(allow);
    return this;
  }

  @Override
  public Encke.Builder listener(ScriptSessionListener listener) {
    sessions.addListener(listener);
    return this;
  }

  @Override
  public Encke start() {
    EmbeddedServer server = ServiceLoader.load(EmbeddedServer.class).findFirst()
        .orElseThrow(() -> new IllegalStateException("no embedded Encke server on the class path:"
            + " add the dependency dev.encke:encke-jetty, whose server Encke.builder().start()"
            + " runs"));
    return server.start(config());
  }

  /** What was set so far, validated. */
  public ServerConfig config() {
    return new ServerConfig(host, port, staticResources, contentSecurityPolicy, allowedOrigins,
        sessions.build());
  }
}

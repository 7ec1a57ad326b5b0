package dev.encke.internal.jetty;

import dev.encke.Encke;
import dev.encke.OverflowPolicy;
import dev.encke.ScriptSessionListener;
import dev.encke.Transport;
import dev.encke.internal.session.SessionSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link Encke.Builder}: validates each setting as it is given, quoting the bad value. */
final class ServerSettings implements Encke.Builder {

  private static final Duration MAX_HEARTBEAT = Duration.ofSeconds(15);

  private String host = "127.0.0.1";
  private int port = 8080;
  private String staticResources;
  private final Map<String, Path> staticDirectories = new LinkedHashMap<>();
  private String contentSecurityPolicy = "script-src 'self'";
  private final Map<String, String> pagePolicies = new LinkedHashMap<>();
  private final List<String> allowedOrigins = new ArrayList<>();
  private final List<ScriptSessionListener> listeners = new ArrayList<>();
  private SessionSettings sessions = SessionSettings.defaults();

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
  public Encke.Builder staticDirectory(String urlPrefix, Path directory) {
    staticDirectories.put(StaticContent.checkPrefix(urlPrefix),
        StaticContent.checkDirectory(directory));
    return this;
  }

  @Override
  public Encke.Builder contentSecurityPolicy(String policy) {
    this.contentSecurityPolicy = ContentSecurityPolicies.checkPolicy(policy);
    return this;
  }

  @Override
  public Encke.Builder contentSecurityPolicy(String pathPattern, String policy) {
    pagePolicies.put(ContentSecurityPolicies.checkPattern(pathPattern),
        ContentSecurityPolicies.checkPolicy(policy));
    return this;
  }

  @Override
  public Encke.Builder replyTimeout(Duration timeout) {
    sessions = with(positive("replyTimeout", timeout), s -> s.replyTimeout = timeout);
    return this;
  }

  @Override
  public Encke.Builder heartbeat(Duration interval) {
    positive("heartbeat", interval);
    if (interval.compareTo(MAX_HEARTBEAT) > 0 || interval.toMillis() < 50) {
      throw new IllegalArgumentException("heartbeat must be between 50 ms and " + MAX_HEARTBEAT
          + ", under half of Jetty's 30 s idle timeout: " + interval);
    }
    sessions = with(interval, s -> s.heartbeat = interval);
    return this;
  }

  @Override
  public Encke.Builder disconnectGrace(Duration grace) {
    sessions = with(positive("disconnectGrace", grace), s -> s.disconnectGrace = grace);
    return this;
  }

  @Override
  public Encke.Builder outboundLimit(int messages, long bytes) {
    if (messages < 1 || bytes < 1024) {
      throw new IllegalArgumentException("outboundLimit needs at least 1 message and 1024 bytes: "
          + messages + " messages, " + bytes + " bytes");
    }
    sessions = with(messages, s -> {
      s.maxOutboundMessages = messages;
      s.maxOutboundBytes = bytes;
    });
    return this;
  }

  @Override
  public Encke.Builder overflowPolicy(OverflowPolicy policy) {
    Objects.requireNonNull(policy, "policy == null");
    sessions = with(policy, s -> s.overflowPolicy = policy);
    return this;
  }

  @Override
  public Encke.Builder transports(Transport... transports) {
    Objects.requireNonNull(transports, "transports == null");
    LinkedHashSet<Transport> distinct = new LinkedHashSet<>(List.of(transports));
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("transports must name at least one transport");
    }
    sessions = with(distinct, s -> s.transports = List.copyOf(distinct));
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
    atLeast("maxUplinkBytes", bytes, 1024);
    sessions = with(bytes, s -> s.maxUplinkBytes = bytes);
    return this;
  }

  @Override
  public Encke.Builder maxMessagesPerSecond(int messages) {
    atLeast("maxMessagesPerSecond", messages, 1);
    sessions = with(messages, s -> s.maxMessagesPerSecond = messages);
    return this;
  }

  @Override
  public Encke.Builder maxSessionsPerBrowser(int count) {
    atLeast("maxSessionsPerBrowser", count, 1);
    sessions = with(count, s -> s.maxSessionsPerBrowser = count);
    return this;
  }

  @Override
  public Encke.Builder allowRawScript(boolean allow) {
    sessions = with(allow, s -> s.rawScriptAllowed = allow);
    return this;
  }

  @Override
  public Encke.Builder listener(ScriptSessionListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener == null"));
    return this;
  }

  @Override
  public Encke start() {
    return new EnckeServer(this).startServer();
  }

  String host() {
    return host;
  }

  int port() {
    return port;
  }

  String staticResources() {
    return staticResources;
  }

  Map<String, Path> staticDirectories() {
    return Map.copyOf(staticDirectories);
  }

  ContentSecurityPolicies contentSecurityPolicies() {
    return new ContentSecurityPolicies(contentSecurityPolicy, pagePolicies);
  }

  List<String> allowedOrigins() {
    return List.copyOf(allowedOrigins);
  }

  SessionSettings sessions() {
    return with(listeners, s -> s.listeners = List.copyOf(listeners));
  }

  private static Duration positive(String name, Duration value) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  private static void atLeast(String name, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
    }
  }

  private <T> SessionSettings with(T unused, java.util.function.Consumer<Mutable> change) {
    Mutable mutable = new Mutable(sessions);
    change.accept(mutable);
    return mutable.build();
  }

  /** A copy of the session settings while one of them changes. */
  private static final class Mutable {
    Duration replyTimeout;
    Duration heartbeat;
    Duration disconnectGrace;
    int maxOutboundMessages;
    long maxOutboundBytes;
    OverflowPolicy overflowPolicy;
    List<Transport> transports;
    int maxUplinkBytes;
    int maxMessagesPerSecond;
    int maxSessionsPerBrowser;
    boolean rawScriptAllowed;
    List<ScriptSessionListener> listeners;

    Mutable(SessionSettings s) {
      replyTimeout = s.replyTimeout();
      heartbeat = s.heartbeat();
      disconnectGrace = s.disconnectGrace();
      maxOutboundMessages = s.maxOutboundMessages();
      maxOutboundBytes = s.maxOutboundBytes();
      overflowPolicy = s.overflowPolicy();
      transports = s.transports();
      maxUplinkBytes = s.maxUplinkBytes();
      maxMessagesPerSecond = s.maxMessagesPerSecond();
      maxSessionsPerBrowser = s.maxSessionsPerBrowser();
      rawScriptAllowed = s.rawScriptAllowed();
      listeners = s.listeners();
    }

    SessionSettings build() {
      return new SessionSettings(replyTimeout, heartbeat, disconnectGrace, maxOutboundMessages,
          maxOutboundBytes, overflowPolicy, transports, maxUplinkBytes, maxMessagesPerSecond,
          maxSessionsPerBrowser, rawScriptAllowed, listeners);
    }
  }
}

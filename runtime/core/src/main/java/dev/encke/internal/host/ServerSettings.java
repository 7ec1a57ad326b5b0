package dev.encke.internal.host;

import dev.encke.Encke;
import dev.encke.OverflowPolicy;
import dev.encke.ScriptSessionListener;
import dev.encke.Transport;
import dev.encke.UserResolver;
import dev.encke.internal.channel.ChannelSettings;
import dev.encke.internal.session.SessionSettings;
import dev.encke.spi.Backplane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private KeyStore keyStore;
  private char[] keyPassword;
  private final Map<String, Path> staticDirectories = new LinkedHashMap<>();
  private final ChannelSettings.Builder channel = ChannelSettings.builder();
  private final SessionSettings.Builder sessions = SessionSettings.builder();

  @Override
  public Encke.Builder host(String host) {
    this.host = Objects.requireNonNull(host, "host == null");
    channel.boundHost(host);
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
    staticDirectories.put(checkPrefix(urlPrefix), checkDirectory(directory));
    return this;
  }

  @Override
  public Encke.Builder contentSecurityPolicy(String policy) {
    channel.contentSecurityPolicy(policy);
    return this;
  }

  @Override
  public Encke.Builder contentSecurityPolicy(String pathPattern, String policy) {
    channel.contentSecurityPolicy(pathPattern, policy);
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
      channel.allowedOrigin(origin);
    }
    return this;
  }

  @Override
  public Encke.Builder allowedHosts(String... hosts) {
    for (String allowed : Objects.requireNonNull(hosts, "hosts == null")) {
      channel.allowedHost(allowed);
    }
    return this;
  }

  @Override
  public Encke.Builder trustedProxies(String... addresses) {
    for (String proxy : Objects.requireNonNull(addresses, "addresses == null")) {
      channel.trustedProxy(proxy);
    }
    return this;
  }

  @Override
  public Encke.Builder tls(KeyStore keyStore, char[] keyPassword) {
    Objects.requireNonNull(keyStore, "keyStore == null");
    Objects.requireNonNull(keyPassword, "keyPassword == null");
    try {
      boolean hasKey = false;
      for (String alias : Collections.list(keyStore.aliases())) {
        hasKey |= keyStore.isKeyEntry(alias);
      }
      if (!hasKey) {
        throw new IllegalArgumentException("the key store holds no key entry, only "
            + Collections.list(keyStore.aliases()));
      }
    } catch (KeyStoreException e) {
      throw new IllegalArgumentException("the key store is not loaded: " + e.getMessage(), e);
    }
    this.keyStore = keyStore;
    this.keyPassword = keyPassword.clone();
    return this;
  }

  @Override
  public Encke.Builder maxSessions(int count) {
    sessions.maxSessions(count);
    return this;
  }

  @Override
  public Encke.Builder maxSessionsPerAddress(int count) {
    sessions.maxSessionsPerAddress(count);
    return this;
  }

  @Override
  public Encke.Builder maxConnectionsPerAddress(int connections) {
    channel.maxConnectionsPerAddress(connections);
    return this;
  }

  @Override
  public Encke.Builder maxHellosPerAddressPerSecond(int hellos) {
    channel.maxHellosPerAddressPerSecond(hellos);
    return this;
  }

  @Override
  public Encke.Builder maxUpgradesPerAddressPerSecond(int upgrades) {
    channel.maxUpgradesPerAddressPerSecond(upgrades);
    return this;
  }

  @Override
  public Encke.Builder handshakeTimeout(Duration timeout) {
    channel.handshakeTimeout(timeout);
    return this;
  }

  @Override
  public Encke.Builder browserCookieSecret(byte[] secret) {
    channel.cookieSecret(secret);
    return this;
  }

  @Override
  public Encke.Builder maxUplinkBytesPerSecond(int bytes) {
    sessions.maxUplinkBytesPerSecond(bytes);
    return this;
  }

  @Override
  public Encke.Builder listenerThreads(int threads) {
    sessions.listenerThreads(threads);
    return this;
  }

  @Override
  public Encke.Builder maxQueuedEventsPerPage(int events) {
    sessions.maxQueuedEventsPerPage(events);
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
  public Encke.Builder userResolver(UserResolver resolver) {
    channel.userResolver(resolver);
    return this;
  }

  @Override
  public Encke.Builder listener(ScriptSessionListener listener) {
    sessions.addListener(listener);
    return this;
  }

  @Override
  public Encke.Builder backplane(Backplane backplane) {
    sessions.backplane(backplane);
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
    return new ServerConfig(host, port, staticResources, staticDirectories, channel.build(),
        sessions.build(), keyStore == null ? null : new ServerConfig.Tls(keyStore, keyPassword));
  }

  /** Checks a URL prefix for a folder on disk: {@code /gi}, not the root nor Encke's own. */
  private static String checkPrefix(String urlPrefix) {
    Objects.requireNonNull(urlPrefix, "urlPrefix == null");
    if (!urlPrefix.matches("(/[A-Za-z0-9._~-]+)+") || urlPrefix.equals("/encke")
        || urlPrefix.startsWith("/encke/")) {
      throw new IllegalArgumentException("a URL prefix is a path such as /gi, without a trailing"
          + " slash, outside /encke: \"" + urlPrefix + "\"");
    }
    return urlPrefix;
  }

  /** Checks that {@code directory} is a folder that exists. */
  private static Path checkDirectory(Path directory) {
    Objects.requireNonNull(directory, "directory == null");
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("not a folder: \"" + directory + "\"");
    }
    return directory.toAbsolutePath();
  }

}

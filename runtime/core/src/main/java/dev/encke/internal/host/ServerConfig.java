package dev.encke.internal.host;

import dev.encke.internal.channel.ChannelSettings;
import dev.encke.internal.session.SessionSettings;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code Encke.Builder} was told, validated: where an embedded server listens and what it
 * serves besides the channel, how the channel meets the network (hosts, origins, proxies, limits
 * per address, the policies of the pages), and how its sessions behave. Immutable.
 */
public final class ServerConfig {

  private final String host;
  private final int port;
  private final String staticResources;
  private final Map<String, Path> staticDirectories;
  private final ChannelSettings channel;
  private final SessionSettings sessions;
  private final Tls tls;

  ServerConfig(String host, int port, String staticResources, Map<String, Path> staticDirectories,
      ChannelSettings channel, SessionSettings sessions, Tls tls) {
    this.host = host;
    this.port = port;
    this.staticResources = staticResources;
    this.staticDirectories = Collections.unmodifiableMap(new LinkedHashMap<>(staticDirectories));
    this.channel = channel;
    this.sessions = sessions;
    this.tls = tls;
  }

  /** The embedded server's key and certificate, when it serves HTTPS. */
  public Optional<Tls> tls() {
    return Optional.ofNullable(tls);
  }

  /** A key store with one key entry, and the password of its key. */
  public record Tls(KeyStore keyStore, char[] keyPassword) {

    /** A copy of the password, which the caller may clear. */
    @Override
    public char[] keyPassword() {
      return keyPassword.clone();
    }
  }

  /** The address to bind. */
  public String host() {
    return host;
  }

  /** The port to listen on; 0 for any free one. */
  public int port() {
    return port;
  }

  /** The classpath folder of the application's pages, if one was given. */
  public Optional<String> staticResources() {
    return Optional.ofNullable(staticResources);
  }

  /** Folders on disk served under URL prefixes ({@code /gi}), in the order given. */
  public Map<String, Path> staticDirectories() {
    return staticDirectories;
  }

  ChannelSettings channel() {
    return channel;
  }

  SessionSettings sessions() {
    return sessions;
  }
}

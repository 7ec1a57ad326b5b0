package dev.encke.internal.host;

import dev.encke.internal.session.SessionSettings;
import java.util.List;
import java.util.Optional;

/**
 * What {@code Encke.Builder} was told, validated: where an embedded server listens and what it
 * serves besides the channel, and how the channel's sessions behave. Immutable.
 */
public final class ServerConfig {

  private final String host;
  private final int port;
  private final String staticResources;
  private final String contentSecurityPolicy;
  private final List<String> allowedOrigins;
  private final SessionSettings sessions;

  ServerConfig(String host, int port, String staticResources, String contentSecurityPolicy,
      List<String> allowedOrigins, SessionSettings sessions) {
    this.host = host;
    this.port = port;
    this.staticResources = staticResources;
    this.contentSecurityPolicy = contentSecurityPolicy;
    this.allowedOrigins = List.copyOf(allowedOrigins);
    this.sessions = sessions;
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

  /** The {@code Content-Security-Policy} of every response. */
  public String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** Origins besides the server's own that may open channels. */
  public List<String> allowedOrigins() {
    return allowedOrigins;
  }

  SessionSettings sessions() {
    return sessions;
  }
}

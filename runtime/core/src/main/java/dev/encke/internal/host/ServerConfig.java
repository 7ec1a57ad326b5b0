package dev.encke.internal.host;

import dev.encke.internal.channel.ChannelSettings;
import dev.encke.internal.session.SessionSettings;
import java.util.Optional;

/**
 * What {@code Encke.Builder} was told, validated: where an embedded server listens and what it
 * serves besides the channel, how the channel meets the network, and how its sessions behave.
 * Immutable.
 */
public final class ServerConfig {

  private final String host;
  private final int port;
  private final String staticResources;
  private final ChannelSettings channel;
  private final SessionSettings sessions;

  ServerConfig(String host, int port, String staticResources, ChannelSettings channel,
      SessionSettings sessions) {
    this.host = host;
    this.port = port;
    this.staticResources = staticResources;
    this.channel = channel;
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

  ChannelSettings channel() {
    return channel;
  }

  SessionSettings sessions() {
    return sessions;
  }
}

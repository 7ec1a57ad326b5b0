package dev.encke.internal.servlet;

import dev.encke.internal.host.Channel;
import dev.encke.internal.host.HostedEncke;
import dev.encke.internal.host.ServerConfig;
import java.net.URI;
import java.util.concurrent.ExecutorService;

/** Encke inside a servlet container: the container listens; closing ends the sessions only. */
final class ServletEncke extends HostedEncke {

  private final ServerConfig config;
  private final String contextPath;
  private final ExecutorService writers;
  private final ExecutorService closers;

  ServletEncke(Channel channel, ServerConfig config, String contextPath, ExecutorService writers,
      ExecutorService closers) {
    super(channel);
    this.config = config;
    this.contextPath = contextPath;
    this.writers = writers;
    this.closers = closers;
  }

  @Override
  public int port() {
    return config.port();
  }

  @Override
  public URI uri() {
    return URI.create("http://" + config.host() + ":" + config.port() + contextPath + "/");
  }

  @Override
  protected void stopHost() {
    writers.shutdown();
    // Closes already handed over still run: the sockets of the sessions just ended.
    closers.shutdown();
  }

  @Override
  public String toString() {
    return "Encke{servlet " + contextPath + "/}";
  }
}

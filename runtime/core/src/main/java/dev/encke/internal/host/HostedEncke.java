package dev.encke.internal.host;

import dev.encke.Encke;
import dev.encke.EnckeMetrics;
import dev.encke.ScriptSession;
import dev.encke.Target;
import java.time.Duration;
import java.util.Collection;

/**
 * An {@link Encke} whose sessions are a {@link Channel}'s: a host adds only where it listens and how
 * it stops. Thread-safe.
 */
public abstract class HostedEncke implements Encke {

  private final Channel channel;

  protected HostedEncke(Channel channel) {
    this.channel = channel;
  }

  /** Stops the host, after the channel has ended every session. */
  protected abstract void stopHost();

  @Override
  public final Collection<ScriptSession> sessions() {
    return channel.hub().snapshot();
  }

  @Override
  public final EnckeMetrics metrics() {
    return channel.hub().metrics();
  }

  @Override
  public final Target allSessions() {
    return channel.hub().allSessions();
  }

  @Override
  public final Target page(String path) {
    return channel.hub().page(path);
  }

  @Override
  public final Target session(String sessionId) {
    return channel.hub().session(sessionId);
  }

  @Override
  public final Target user(String name) {
    return channel.hub().user(name);
  }

  @Override
  public final void withAllSessions(Runnable calls) {
    channel.hub().allSessions().run(calls);
  }

  @Override
  public final void withSession(String sessionId, Runnable calls) {
    channel.hub().requireSession(sessionId).run(calls);
  }

  @Override
  public final void shutdown(Duration grace) {
    channel.drain(grace);
    close();
  }

  @Override
  public final void close() {
    channel.close();
    stopHost();
  }
}

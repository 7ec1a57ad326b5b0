package dev.encke.internal.session;

import dev.encke.ScriptSession;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

/** The script sessions of one server, by id. Thread-safe. */
public final class SessionRegistry {

  private final ConcurrentMap<String, DefaultScriptSession> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration replyTimeout;
  private final Executor listenerPool;

  public SessionRegistry(Clock clock, Duration replyTimeout, Executor listenerPool) {
    this.clock = clock;
    this.replyTimeout = replyTimeout;
    this.listenerPool = listenerPool;
  }

  public DefaultScriptSession create(String page) {
    DefaultScriptSession session = new DefaultScriptSession(
        SessionIds.next(), page, clock.instant(), replyTimeout, listenerPool);
    sessions.put(session.id(), session);
    return session;
  }

  public Optional<DefaultScriptSession> find(String id) {
    return Optional.ofNullable(sessions.get(id));
  }

  /** Removes the session and frees what it holds. */
  public void remove(DefaultScriptSession session) {
    if (sessions.remove(session.id(), session)) {
      session.end();
    }
  }

  public List<DefaultScriptSession> all() {
    return List.copyOf(sessions.values());
  }

  public List<ScriptSession> snapshot() {
    return List.copyOf(sessions.values());
  }
}

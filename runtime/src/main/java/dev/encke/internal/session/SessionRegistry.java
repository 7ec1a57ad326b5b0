package dev.encke.internal.session;

import dev.encke.ScriptSession;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The script sessions of one server, by id. Thread-safe. */
public final class SessionRegistry {

  private final ConcurrentMap<String, DefaultScriptSession> sessions = new ConcurrentHashMap<>();
  private final Clock clock;

  public SessionRegistry(Clock clock) {
    this.clock = clock;
  }

  public DefaultScriptSession create(String page) {
    DefaultScriptSession session = new DefaultScriptSession(SessionIds.next(), page, clock.instant());
    sessions.put(session.id(), session);
    return session;
  }

  public Optional<DefaultScriptSession> find(String id) {
    return Optional.ofNullable(sessions.get(id));
  }

  public void remove(DefaultScriptSession session) {
    sessions.remove(session.id(), session);
  }

  public List<DefaultScriptSession> all() {
    return List.copyOf(sessions.values());
  }

  public List<ScriptSession> snapshot() {
    return List.copyOf(sessions.values());
  }
}

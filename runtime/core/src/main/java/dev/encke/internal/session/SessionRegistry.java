package dev.encke.internal.session;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The live sessions of one hub: by id, by page (so that {@code withPage} looks up instead of
 * scanning) and counted by browser (for the sessions-per-cookie limit). Thread-safe.
 */
final class SessionRegistry {

  private final ConcurrentMap<String, DefaultScriptSession> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Set<DefaultScriptSession>> byPage = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Integer> perBrowser = new ConcurrentHashMap<>();

  /** Counts one more session for {@code browserId}; false when it holds {@code max} already. */
  boolean reserve(String browserId, int max) {
    boolean[] reserved = new boolean[1];
    perBrowser.compute(browserId, (browser, count) -> {
      int held = count == null ? 0 : count;
      reserved[0] = held < max;
      return reserved[0] ? held + 1 : count;
    });
    return reserved[0];
  }

  void add(DefaultScriptSession session) {
    byId.put(session.id(), session);
    byPage.compute(session.page(), (page, sessions) -> {
      Set<DefaultScriptSession> set = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
      set.add(session);
      return set;
    });
  }

  /** Removes the session from every index; false when it was not registered. */
  boolean remove(DefaultScriptSession session) {
    if (!byId.remove(session.id(), session)) {
      return false;
    }
    byPage.computeIfPresent(session.page(), (page, sessions) -> {
      sessions.remove(session);
      return sessions.isEmpty() ? null : sessions;
    });
    perBrowser.computeIfPresent(session.credentials().browserId(),
        (browser, count) -> count > 1 ? count - 1 : null);
    return true;
  }

  Optional<DefaultScriptSession> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  List<DefaultScriptSession> all() {
    return List.copyOf(byId.values());
  }

  List<DefaultScriptSession> onPage(String page) {
    Set<DefaultScriptSession> sessions = byPage.get(page);
    return sessions == null ? List.of() : List.copyOf(sessions);
  }
}

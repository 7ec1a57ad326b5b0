package dev.encke.internal.session;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live sessions of one hub: by id, by page and by user (so that {@code withPage} and {@code
 * withUser} look up instead of scanning), and counted in total, by browser and by client address
 * for the limits. Thread-safe.
 */
final class SessionRegistry {

  private final ConcurrentMap<String, DefaultScriptSession> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Set<DefaultScriptSession>> byPage = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Set<DefaultScriptSession>> byUser = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Integer> perBrowser = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Integer> perAddress = new ConcurrentHashMap<>();
  private final AtomicInteger total = new AtomicInteger();

  /**
   * Counts one more session for {@code browserId} from {@code address} ({@code null}: not counted
   * by address), within the limits of {@code settings}.
   *
   * @return the limit that refused it, or {@code null} when counted
   */
  SessionLimit reserve(String browserId, String address, SessionSettings settings) {
    if (total.incrementAndGet() > settings.maxSessions()) {
      total.decrementAndGet();
      return SessionLimit.SERVER;
    }
    if (address != null && !increment(perAddress, address, settings.maxSessionsPerAddress())) {
      total.decrementAndGet();
      return SessionLimit.ADDRESS;
    }
    if (!increment(perBrowser, browserId, settings.maxSessionsPerBrowser())) {
      total.decrementAndGet();
      if (address != null) {
        decrement(perAddress, address);
      }
      return SessionLimit.BROWSER;
    }
    return null;
  }

  private static boolean increment(ConcurrentMap<String, Integer> counts, String key, int max) {
    boolean[] counted = new boolean[1];
    counts.compute(key, (k, count) -> {
      int held = count == null ? 0 : count;
      counted[0] = held < max;
      return counted[0] ? held + 1 : count;
    });
    return counted[0];
  }

  private static void decrement(ConcurrentMap<String, Integer> counts, String key) {
    counts.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null);
  }

  void add(DefaultScriptSession session) {
    byId.put(session.id(), session);
    index(byPage, session.page(), session);
    session.user().ifPresent(user -> index(byUser, user, session));
  }

  private static void index(ConcurrentMap<String, Set<DefaultScriptSession>> index, String key,
      DefaultScriptSession session) {
    index.compute(key, (k, sessions) -> {
      Set<DefaultScriptSession> set = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
      set.add(session);
      return set;
    });
  }

  private static void unindex(ConcurrentMap<String, Set<DefaultScriptSession>> index, String key,
      DefaultScriptSession session) {
    index.computeIfPresent(key, (k, sessions) -> {
      sessions.remove(session);
      return sessions.isEmpty() ? null : sessions;
    });
  }

  /** Removes the session from every index; false when it was not registered. */
  boolean remove(DefaultScriptSession session) {
    if (!byId.remove(session.id(), session)) {
      return false;
    }
    unindex(byPage, session.page(), session);
    session.user().ifPresent(user -> unindex(byUser, user, session));
    decrement(perBrowser, session.credentials().browserId());
    if (session.clientAddress() != null) {
      decrement(perAddress, session.clientAddress());
    }
    total.decrementAndGet();
    return true;
  }

  Optional<DefaultScriptSession> find(String id) {
    return Optional.ofNullable(get(id));
  }

  /** The session {@code id}, or {@code null}; allocates nothing, for the push path. */
  DefaultScriptSession get(String id) {
    return id == null ? null : byId.get(id);
  }

  List<DefaultScriptSession> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The String an open session of {@code page} already keeps for it, or {@code page}: the views of
   * one page share one. No map of its own, so nothing outlives the page's last session.
   */
  String pageName(String page) {
    Set<DefaultScriptSession> sessions = byPage.get(page);
    Iterator<DefaultScriptSession> open = sessions == null ? null : sessions.iterator();
    return open != null && open.hasNext() ? open.next().page() : page;
  }

  List<DefaultScriptSession> onPage(String page) {
    Set<DefaultScriptSession> sessions = byPage.get(page);
    return sessions == null ? List.of() : List.copyOf(sessions);
  }

  List<DefaultScriptSession> ofUser(String user) {
    Set<DefaultScriptSession> sessions = byUser.get(user);
    return sessions == null ? List.of() : List.copyOf(sessions);
  }
}

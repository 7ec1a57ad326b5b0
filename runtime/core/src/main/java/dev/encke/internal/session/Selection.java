package dev.encke.internal.session;

import dev.encke.ScriptSessionFilter;
import java.util.Objects;

/**
 * Which sessions a target chooses, as data: every session, the views of one page, one session, or
 * every page of one user, narrowed by a filter. Immutable.
 *
 * @param key the page's path, the session's id or the user's name; empty for every session
 * @param filter {@code null} for none
 */
public record Selection(Kind kind, String key, ScriptSessionFilter filter) {

  /** What a selection starts from. */
  public enum Kind { ALL_SESSIONS, PAGE, SESSION, USER }

  public Selection {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(key, "key == null");
  }

  static Selection allSessions() {
    return new Selection(Kind.ALL_SESSIONS, "", null);
  }

  static Selection page(String path) {
    return new Selection(Kind.PAGE, Objects.requireNonNull(path, "path == null"), null);
  }

  static Selection session(String id) {
    return new Selection(Kind.SESSION, Objects.requireNonNull(id, "sessionId == null"), null);
  }

  static Selection user(String name) {
    return new Selection(Kind.USER, Objects.requireNonNull(name, "user == null"), null);
  }

  /** This selection narrowed to the sessions {@code more} also accepts. */
  Selection filtered(ScriptSessionFilter more) {
    Objects.requireNonNull(more, "filter == null");
    return new Selection(kind, key, filter == null ? more : filter.and(more));
  }

  /** Whether a value may come back: only from a single session. */
  boolean isOneSession() {
    return kind == Kind.SESSION;
  }

  @Override
  public String toString() {
    String base = switch (kind) {
      case ALL_SESSIONS -> "all sessions";
      case PAGE -> "page " + key;
      case SESSION -> "session " + key;
      case USER -> "user " + key;
    };
    return filter == null ? base : base + " filtered";
  }
}

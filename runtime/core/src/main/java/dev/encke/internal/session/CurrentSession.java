package dev.encke.internal.session;

import java.util.Optional;

/** The page whose message the current thread is handling, if any. */
public final class CurrentSession {

  private static final ThreadLocal<DefaultScriptSession> CURRENT = new ThreadLocal<>();

  private CurrentSession() {}

  public static Optional<DefaultScriptSession> get() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Makes {@code session} current until the returned scope closes. */
  public static Scope enter(DefaultScriptSession session) {
    DefaultScriptSession previous = CURRENT.get();
    CURRENT.set(session);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /** Restores the previous current session when closed. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}

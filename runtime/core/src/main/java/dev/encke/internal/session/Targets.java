package dev.encke.internal.session;

import dev.encke.Target;

/**
 * What {@code Browser}'s static methods push through: the hub of a running server or of a test
 * kit's recorder today; a publisher that holds no session could stand here too, for it only has to
 * choose targets. Thread-safe.
 */
public interface Targets {

  Target allSessions();

  Target page(String path);

  Target session(String sessionId);

  Target user(String name);

  /**
   * The target of one existing session.
   *
   * @throws IllegalArgumentException when no session has that id
   */
  Target requireSession(String sessionId);
}

package dev.encke;

/**
 * Told about the life of script sessions; register with {@link Encke.Builder#listener}.
 *
 * <p>Calls run on Encke's listener threads, never on a Jetty thread; calls for one session come one
 * at a time in the order the events happened: created, then any number of disconnected (each
 * followed by a reconnection or by the end), then expired. Every method has an empty default.
 */
public interface ScriptSessionListener {

  /** A page view said hello: its session exists and pushes to it are kept for it. */
  default void sessionCreated(ScriptSession session) {}

  /**
   * The page has had no connection for one heartbeat interval; its pushes are kept and resent if
   * it comes back within the grace period.
   */
  default void sessionDisconnected(ScriptSession session) {}

  /**
   * The page fell too far behind: its outbound log reached the configured bound and the {@link
   * OverflowPolicy} was applied.
   */
  default void sessionOverflowed(ScriptSession session) {}

  /**
   * The session ended: the page left, stayed away longer than the grace period, or was ended by the
   * overflow policy. Everything it held has been freed.
   */
  default void sessionExpired(ScriptSession session) {}
}

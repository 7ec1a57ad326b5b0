package dev.encke.internal.session;

/**
 * What a session tells the hub it belongs to, and all it may tell it: data flows from the hub to
 * its sessions, and only these events flow back. Called on the thread where the event happened.
 */
interface SessionEvents {

  /** The session's log reached its bound and the overflow policy applies. */
  void overflowed(DefaultScriptSession session);

  /** The page has had no connection for one heartbeat interval. */
  void disconnected(DefaultScriptSession session);

  /** The page said goodbye: the session ends now. */
  void left(DefaultScriptSession session);
}

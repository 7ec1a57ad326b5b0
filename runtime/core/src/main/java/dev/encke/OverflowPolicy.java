package dev.encke;

/**
 * What happens when a page falls so far behind that its outbound log reaches the bound set with
 * {@link Encke.Builder#outboundLimit}. Either way the backlog is dropped at once and its memory
 * freed, and other sessions never wait for the slow one.
 */
public enum OverflowPolicy {

  /**
   * The default: the page is told to reload (now if it is connected, else when it comes back), and
   * pushes to the session are dropped until it does; the session ends when the page leaves or the
   * grace period runs out.
   */
  RELOAD_PAGE,

  /**
   * The session ends at once: its connection is closed and its listeners are told; a page that comes
   * back is told its session is gone and reloads.
   */
  END_SESSION
}

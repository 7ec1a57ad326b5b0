package dev.encke.internal.session;

/** The limit that refused a new session. */
public enum SessionLimit {
  /** The browser (its cookie) holds {@code maxSessionsPerBrowser} sessions already. */
  BROWSER,
  /** The client address holds {@code maxSessionsPerAddress} sessions already. */
  ADDRESS,
  /** The server holds {@code maxSessions} sessions already. */
  SERVER
}

package dev.encke;

import java.time.Instant;

/**
 * One page view in one browser: the unit Encke pushes commands to. A page opens a script session when
 * its client runtime connects and the session ends when the page goes away.
 *
 * <p>Implementations are thread-safe; every accessor returns the value at the time of the call.
 */
public interface ScriptSession {

  /** An unguessable id (128 random bits, URL-safe Base64). */
  String id();

  /** The path of the page this session belongs to, such as {@code /share.html}. */
  String page();

  /** When the page first connected. */
  Instant createdAt();

  /** Whether the page is connected now. */
  boolean isConnected();
}

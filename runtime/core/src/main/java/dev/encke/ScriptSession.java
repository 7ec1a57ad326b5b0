package dev.encke;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One page view in one browser: the unit Encke pushes commands to. A page opens a script session when
 * its client runtime says hello; the session survives reconnections and transport changes, and
 * ends when the page leaves, when it stays away longer than the grace period ({@link
 * Encke.Builder#disconnectGrace}), or by the {@link OverflowPolicy}. Everything it holds is freed
 * then.
 *
 * <p>Implementations are thread-safe; every accessor returns the value at the time of the call.
 */
public interface ScriptSession {

  /** An unguessable id (128 random bits from {@code SecureRandom}, URL-safe Base64). */
  String id();

  /** The path of the page this session belongs to, such as {@code /share.html}. */
  String page();

  /**
   * The name of the user who opened the page, as the host authenticated the request that said
   * hello (a servlet container's principal, for example); empty for an anonymous page. It does not
   * change during the session's life.
   */
  Optional<String> user();

  /** When the page said hello. */
  Instant createdAt();

  /** When the server last heard from the page or had a connection to it. */
  Instant lastSeenAt();

  /** Whether the page is connected now, or reconnecting within one heartbeat interval. */
  boolean isConnected();

  /** The transport the page uses now, if it is connected. */
  Optional<Transport> transport();

  /** Whether the session has ended; pushes to an ended session are dropped. */
  boolean isEnded();

  /** The application's value under {@code name}, if any. */
  Optional<Object> attribute(String name);

  /**
   * Stores an application value with the session, for filters and listeners; {@code null} removes
   * it. Values are dropped when the session ends.
   */
  void setAttribute(String name, Object value);

  /** The names of the attributes set now. */
  Set<String> attributeNames();
}

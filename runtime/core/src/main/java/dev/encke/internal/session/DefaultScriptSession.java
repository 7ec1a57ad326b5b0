package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.ScriptSession;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.js.JsCallback;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * A page view: what it is (page, user, credentials, attributes), the callbacks it handed to its
 * page, the replies it waits for and its listeners' queue; its outbound log and connection are
 * {@link PageDownlink}'s. Safe from any thread.
 */
public final class DefaultScriptSession extends PageDownlink implements ScriptSession {

  private final String id;
  private final String page;
  private final String user;
  private final SessionCredentials credentials;
  private final boolean pageAllowsRawScript;
  private final long createdAtMillis;
  private final SessionEvents events;
  private final String clientAddress;
  private final SerialExecutor listeners;
  private final QuietLog clientFaults;
  private final UplinkBudget uplink;
  /** Created by the first attribute set: most sessions never hold one. */
  private volatile Map<String, Object> attributes;
  private final CallbacksAndReplies handedOut;

  DefaultScriptSession(SessionContext context, String id, String page, String user,
      SessionCredentials credentials, String clientAddress, boolean pageAllowsRawScript) {
    super(context, System.nanoTime());
    this.events = context.events();
    this.id = id;
    this.page = page;
    this.user = user;
    this.credentials = credentials;
    this.clientAddress = clientAddress;
    this.pageAllowsRawScript = pageAllowsRawScript;
    this.createdAtMillis = lastSeenMillis;
    this.listeners = new SerialExecutor(context.listenerPool());
    this.clientFaults = context.clientFaults();
    this.uplink = new UplinkBudget(settings, lastUplinkNanos);
    this.handedOut = new CallbacksAndReplies(id, settings.replyTimeout(), context.listenerPool(),
        context.timer());
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String page() {
    return page;
  }

  @Override
  public Optional<String> user() {
    return Optional.ofNullable(user);
  }

  @Override
  public Instant createdAt() {
    return Instant.ofEpochMilli(createdAtMillis);
  }

  @Override
  public Instant lastSeenAt() {
    return Instant.ofEpochMilli(lastSeenMillis);
  }

  @Override
  public Optional<Object> attribute(String name) {
    Objects.requireNonNull(name, "name == null");
    Map<String, Object> held = attributes;
    return held == null ? Optional.empty() : Optional.ofNullable(held.get(name));
  }

  @Override
  public void setAttribute(String name, Object value) {
    Objects.requireNonNull(name, "name == null");
    if (value == null) {
      Map<String, Object> held = attributes;
      if (held != null) {
        held.remove(name);
      }
    } else if (!isEnded()) {
      attributes().put(name, value);
    }
  }

  private Map<String, Object> attributes() {
    Map<String, Object> held = attributes;
    if (held == null) {
      synchronized (this) {
        held = attributes;
        if (held == null) {
          held = new ConcurrentHashMap<>();
          attributes = held;
        }
      }
    }
    return held;
  }

  @Override
  public Set<String> attributeNames() {
    Map<String, Object> held = attributes;
    return held == null ? Set.of() : Set.copyOf(held.keySet());
  }

  /** The browser cookie and CSRF token every up-link message of this page must present. */
  public SessionCredentials credentials() {
    return credentials;
  }

  public boolean pageAllowsRawScript() {
    return pageAllowsRawScript;
  }

  /** The client address the page said hello from, as the limits count it; {@code null}: none. */
  public String clientAddress() {
    return clientAddress;
  }

  /** Where what this page's client causes is logged: a line a minute at most. */
  QuietLog clientFaults() {
    return clientFaults;
  }

  /** Takes {@code bytes} of up-link from the page's byte budget; false when it sends too much. */
  public boolean admitUplinkBytes(int bytes) {
    return uplink.takeBytes(System.nanoTime(), bytes);
  }

  /** Takes one up-link message from the rate budget; false when the page sends too fast. */
  public boolean admitUplink() {
    long now = System.nanoTime();
    heard(now);
    return uplink.takeMessage(now);
  }

  /**
   * Numbers {@code batch} for this session, keeps it until the page acknowledges it and wakes the
   * connection; never blocks. Applies the overflow policy when the log is full. The batch's
   * callbacks and replies are registered before the batch enters the log: from that moment a
   * connection may write it, and a fast page answer it.
   */
  public void push(EncodedBatch batch) {
    push(batch, null);
  }

  /**
   * As {@link #push(EncodedBatch)}, for one of many sessions a delivery reaches: the connection
   * joins {@code wakeups}; {@code null} for a push to this session alone, whose connection writes
   * on the calling thread when it is idle.
   */
  void push(EncodedBatch batch, WakeGroup wakeups) {
    handedOut.keep(batch);
    if (batch.commandCount() > 0) {
      append(batch, wakeups);
    }
  }

  @Override
  void refused(EncodedBatch batch, String why) {
    handedOut.forget(batch, why);
  }

  @Override
  void overflowed(EncodedBatch batch) {
    handedOut.forget(batch, "fell too far behind");
    events.overflowed(this);
  }

  @Override
  void disconnected() {
    events.disconnected(this);
  }

  /** Frees what the session holds: the log, callbacks, attributes; waiting replies fail. */
  void end() {
    if (!endDownlink()) {
      return;
    }
    Map<String, Object> held = attributes;
    if (held != null) {
      held.clear();
    }
    handedOut.clear("ended");
  }

  /** The callback this session's page was given under {@code id}, if any. */
  public Optional<JsCallback> callback(long id) {
    return handedOut.callback(id);
  }

  /**
   * Completes the reply {@code id} with the page's value, or fails it with the page's error; on the
   * listener pool, never on the calling thread.
   *
   * @return false when this session awaits no reply {@code id}
   */
  public boolean answer(long id, JsonNode value, String error) {
    return handedOut.answer(id, value, error);
  }

  /** How many server callbacks this session's page may call now. */
  public int callbackCount() {
    return handedOut.callbackCount();
  }

  /** Runs listener work for this page, one task at a time in arrival order. */
  public Executor listeners() {
    return listeners;
  }

  /**
   * Queues a call of a callback by the page behind its other listener work; false, queueing
   * nothing, when {@code maxQueuedEventsPerPage} wait already.
   */
  public boolean queueEvent(Runnable invocation) {
    return listeners.tryExecute(invocation, settings.maxQueuedEventsPerPage());
  }

  /** How this session's server behaves. */
  public SessionSettings settings() {
    return settings;
  }

  /** The page said goodbye: the session ends now. */
  public void leave() {
    events.left(this);
  }

  @Override
  public String toString() {
    return "ScriptSession{" + page + " " + id + "}";
  }
}

package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.OverflowPolicy;
import dev.encke.ScriptSession;
import dev.encke.Transport;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Frames;
import dev.encke.js.JsCallback;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * A page view: its outbound log, the connection that currently carries it, the callbacks it handed
 * to its page and the replies it waits for. Pushes from any thread are numbered in one order under
 * a short lock that never covers I/O; connections pull their frames from here.
 */
public final class DefaultScriptSession implements ScriptSession {

  private static final int MAX_CONTROL_FRAMES = 64;

  private final String id;
  private final String page;
  private final String user;
  private final SessionCredentials credentials;
  private final boolean pageAllowsRawScript;
  private final long createdAtMillis;
  private final SessionEvents events;
  private final DeliveryMetrics deliveries;
  private final SessionSettings settings;
  private final String clientAddress;
  private final SerialExecutor listeners;
  private final QuietLog clientFaults;
  private final UplinkBudget uplink;
  /** Created by the first attribute set: most sessions never hold one. */
  private volatile Map<String, Object> attributes;
  private final CallbacksAndReplies handedOut;
  private final Object lock = new Object();
  private final OutboundLog log;
  /** Frames outside the numbered sequence; {@code null} while there are none, as mostly. */
  private ArrayDeque<ByteBuffer> control;
  private volatile long lastSeenMillis;
  private volatile long lastUplinkNanos;
  private Connection connection;
  private long detachedAtNanos;
  private boolean connected;
  private boolean reloadRequired;
  private boolean ended;

  DefaultScriptSession(SessionContext context, String id, String page, String user,
      SessionCredentials credentials, String clientAddress, boolean pageAllowsRawScript) {
    this.events = context.events();
    this.deliveries = context.deliveries();
    this.settings = context.settings();
    this.id = id;
    this.page = page;
    this.user = user;
    this.credentials = credentials;
    this.clientAddress = clientAddress;
    this.pageAllowsRawScript = pageAllowsRawScript;
    this.createdAtMillis = System.currentTimeMillis();
    this.lastSeenMillis = createdAtMillis;
    this.listeners = new SerialExecutor(context.listenerPool());
    this.clientFaults = context.clientFaults();
    long now = System.nanoTime();
    this.uplink = new UplinkBudget(settings, now);
    this.lastUplinkNanos = now;
    this.detachedAtNanos = now;
    this.log = new OutboundLog(settings.maxOutboundMessages(), settings.maxOutboundBytes());
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
  public boolean isConnected() {
    synchronized (lock) {
      return connected;
    }
  }

  @Override
  public Optional<Transport> transport() {
    synchronized (lock) {
      return Optional.ofNullable(connection).map(Connection::transport);
    }
  }

  @Override
  public boolean isEnded() {
    synchronized (lock) {
      return ended;
    }
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
      synchronized (lock) {
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
    lastUplinkNanos = now;
    lastSeenMillis = System.currentTimeMillis();
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
    if (batch.commandCount() == 0) {
      return;
    }
    Connection wake;
    boolean overflowed = false;
    synchronized (lock) {
      if (ended || reloadRequired) {
        handedOut.forget(batch, "has been told to reload");
        return;
      }
      if (!log.append(batch, System.nanoTime())) {
        overflowed = true;
        wake = overflowLocked();
      } else {
        wake = connection;
      }
    }
    if (overflowed) {
      handedOut.forget(batch, "fell too far behind");
      events.overflowed(this);
    }
    if (wake == null) {
      return;
    }
    if (wakeups != null) {
      wake.wake(wakeups);
    } else {
      wake.wakeInline();
    }
  }

  private Connection overflowLocked() {
    log.clear();
    if (settings.overflowPolicy() == OverflowPolicy.RELOAD_PAGE) {
      reloadRequired = true;
      control = new ArrayDeque<>(1);
      control.add(Frames.reload("the page fell more than " + settings.maxOutboundMessages()
          + " messages or " + settings.maxOutboundBytes() + " bytes behind"));
    }
    return connection;
  }

  /** Tells the page to reload, for it may have missed a push; it gets nothing more. */
  public void requireReload(String reason) {
    Connection wake;
    synchronized (lock) {
      if (ended || reloadRequired) {
        return;
      }
      log.clear();
      reloadRequired = true;
      control = new ArrayDeque<>(1);
      control.add(Frames.reload(reason));
      wake = connection;
    }
    if (wake != null) {
      wake.wakeInline();
    }
  }

  /**
   * Queues a frame outside the numbered sequence, such as an error, and writes it on the calling
   * thread: these frames answer the page's own messages, so the thread that read one writes the
   * answer, and a page that floods the server is slowed by its answers. Dropped past a small bound.
   */
  public void sendControl(ByteBuffer frame) {
    Connection wake;
    synchronized (lock) {
      if (ended || control != null && control.size() >= MAX_CONTROL_FRAMES) {
        return;
      }
      if (control == null) {
        control = new ArrayDeque<>(4);
      }
      control.add(frame);
      wake = connection;
    }
    if (wake != null) {
      wake.writeNow();
    }
  }

  /** How a resume went: attached, or why not. */
  public enum Resume { ATTACHED, RELOAD, SEQ_AHEAD }

  /**
   * Makes {@code next} the session's connection, replacing (and closing) any other, after the page
   * said it applied every batch up to {@code appliedSeq}; {@code next} then writes from there.
   */
  public Resume attach(Connection next, long appliedSeq) {
    Connection previous;
    synchronized (lock) {
      if (ended || reloadRequired || appliedSeq < log.acknowledged()) {
        return Resume.RELOAD;
      }
      if (appliedSeq > log.lastSeq()) {
        return Resume.SEQ_AHEAD;
      }
      log.acknowledge(appliedSeq, System.nanoTime(), deliveries);
      previous = connection;
      connection = next;
      connected = true;
    }
    admitTouch();
    if (previous != null && previous != next) {
      previous.close("replaced by a newer connection");
    }
    next.wake();
    return Resume.ATTACHED;
  }

  private void admitTouch() {
    lastUplinkNanos = System.nanoTime();
    lastSeenMillis = System.currentTimeMillis();
  }

  /** Forgets {@code closed} if it is still the session's connection. */
  public void detach(Connection closed) {
    synchronized (lock) {
      if (connection == closed) {
        connection = null;
        detachedAtNanos = System.nanoTime();
      }
    }
  }

  /**
   * What {@code asking} writes next after {@code sentSeq}; {@code null} when it is no longer the
   * session's connection and must stop.
   */
  public Outgoing outgoing(Connection asking, long sentSeq, int max) {
    synchronized (lock) {
      if (connection != asking || ended) {
        return null;
      }
      List<ByteBuffer> frames = control == null ? List.of() : new ArrayList<>(control.size());
      while (control != null && frames.size() < max) {
        frames.add(control.poll());
        if (control.isEmpty()) {
          control = null;
        }
      }
      if (reloadRequired) {
        return new Outgoing(frames, List.of(), sentSeq);
      }
      return new Outgoing(frames, log.after(sentSeq, max - frames.size()), sentSeq);
    }
  }

  /** The page applied every batch up to {@code seq}; false when {@code seq} was never sent. */
  public boolean acknowledge(long seq) {
    synchronized (lock) {
      if (seq > log.lastSeq()) {
        return false;
      }
      log.acknowledge(seq, System.nanoTime(), deliveries);
      return true;
    }
  }

  /**
   * The hub's periodic check: a heartbeat for an idle connection, a silent connection closed as dead,
   * a page gone for one heartbeat interval marked disconnected, one gone past the grace period
   * expired.
   *
   * @return whether the session has expired and must be ended
   */
  boolean sweep(long now) {
    long heartbeat = settings.heartbeat().toNanos();
    Connection current;
    boolean disconnected = false;
    synchronized (lock) {
      if (ended) {
        return false;
      }
      current = connection;
      if (current == null) {
        long away = now - detachedAtNanos;
        if (connected && away >= heartbeat) {
          connected = false;
          disconnected = true;
        }
        if (away >= settings.disconnectGrace().toNanos()) {
          return true;
        }
      }
    }
    if (disconnected) {
      events.disconnected(this);
    }
    if (current != null) {
      lastSeenMillis = System.currentTimeMillis();
      if (now - lastUplinkNanos > 3 * heartbeat) {
        current.close("nothing heard from the page for three heartbeat intervals");
      } else if (now - current.lastActivity() >= heartbeat) {
        current.heartbeat();
      }
    }
    return false;
  }

  /** Frees what the session holds: the log, callbacks, attributes; waiting replies fail. */
  void end() {
    Connection open;
    synchronized (lock) {
      if (ended) {
        return;
      }
      ended = true;
      connected = false;
      open = connection;
      connection = null;
      log.clear();
      control = null;
    }
    if (open != null) {
      open.close("the session ended");
    }
    Map<String, Object> held = attributes;
    if (held != null) {
      held.clear();
    }
    handedOut.clear("ended");
  }

  /** Closes the current connection, as a network failure would; the page reconnects. */
  public void dropConnection() {
    Connection open;
    synchronized (lock) {
      open = connection;
    }
    if (open != null) {
      open.close("dropped by the server");
    }
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

  /** The state of the outbound log now, for monitoring and tests. */
  public Backlog backlog() {
    synchronized (lock) {
      return new Backlog(log.size(), log.bytes(), log.peakMessages(), log.peakBytes(),
          log.acknowledged());
    }
  }

  public boolean isReloadRequired() {
    synchronized (lock) {
      return reloadRequired;
    }
  }

  @Override
  public String toString() {
    return "ScriptSession{" + page + " " + id + "}";
  }
}

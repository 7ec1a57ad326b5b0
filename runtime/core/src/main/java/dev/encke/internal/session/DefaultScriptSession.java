package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.OverflowPolicy;
import dev.encke.ScriptSession;
import dev.encke.Transport;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Frames;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page view: its outbound log, the connection that currently carries it, the callbacks it handed
 * to its page and the replies it waits for. Pushes from any thread are numbered in one order under
 * a short lock that never covers I/O; connections pull their frames from here.
 */
public final class DefaultScriptSession implements ScriptSession {

  private final PageView view;
  private final long createdAtMillis;
  private final SessionEvents events;
  private final DeliveryMetrics deliveries;
  private final SessionSettings settings;
  private final SerialExecutor listeners;
  private final QuietLog clientFaults;
  private final PageActivity activity;
  private final SessionAttributes attributes = new SessionAttributes();
  private final CallbacksAndReplies handedOut;
  private final Object lock = new Object();
  private final OutboundLog log;
  private final ControlFrames control = new ControlFrames();
  private long detachedAtNanos;
  // Written under the lock; volatile so that the getters need not take it.
  private volatile Connection connection;
  private volatile boolean connected;
  private volatile boolean reloadRequired;
  private volatile boolean ended;

  /** Who opened a session: its id, page, user, credentials, address, and the page's opt-in. */
  record PageView(String id, String page, String user, SessionCredentials credentials,
      String clientAddress, boolean pageAllowsRawScript) {}

  DefaultScriptSession(SessionContext context, PageView view) {
    this.events = context.events();
    this.deliveries = context.deliveries();
    this.settings = context.settings();
    this.view = view;
    this.createdAtMillis = System.currentTimeMillis();
    this.listeners = new SerialExecutor(context.listenerPool());
    this.clientFaults = context.clientFaults();
    long now = System.nanoTime();
    this.activity = new PageActivity(settings, now, createdAtMillis);
    this.detachedAtNanos = now;
    this.log = new OutboundLog(settings.maxOutboundMessages(), settings.maxOutboundBytes());
    this.handedOut = new CallbacksAndReplies(view.id(), settings.replyTimeout(),
        context.listenerPool(), context.timer());
  }

  @Override
  public String id() {
    return view.id();
  }

  @Override
  public String page() {
    return view.page();
  }

  @Override
  public Optional<String> user() {
    return Optional.ofNullable(view.user());
  }

  @Override
  public Instant createdAt() {
    return Instant.ofEpochMilli(createdAtMillis);
  }

  @Override
  public Instant lastSeenAt() {
    return Instant.ofEpochMilli(activity.lastSeenMillis());
  }

  @Override
  public boolean isConnected() {
    return connected;
  }

  @Override
  public Optional<Transport> transport() {
    return Optional.ofNullable(connection).map(Connection::transport);
  }

  @Override
  public boolean isEnded() {
    return ended;
  }

  @Override
  public Optional<Object> attribute(String name) {
    return attributes.get(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    attributes.set(name, value, isEnded());
  }

  @Override
  public Set<String> attributeNames() {
    return attributes.names();
  }

  /** The browser cookie and CSRF token every up-link message of this page must present. */
  public SessionCredentials credentials() {
    return view.credentials();
  }

  public boolean pageAllowsRawScript() {
    return view.pageAllowsRawScript();
  }

  /** The client address the page said hello from, as the limits count it; {@code null}: none. */
  public String clientAddress() {
    return view.clientAddress();
  }

  /** Where what this page's client causes is logged: a line a minute at most. */
  QuietLog clientFaults() {
    return clientFaults;
  }

  /** When the page was last heard, and its up-link budgets. */
  PageActivity activity() {
    return activity;
  }

  /** Takes one up-link message from the rate budget; false when the page sends too fast. */
  public boolean admitUplink() {
    return activity.admitMessage();
  }

  /**
   * Numbers {@code batch} for this session, keeps it until the page acknowledges it and wakes the
   * connection; never blocks. Applies the overflow policy when the log is full. The batch's
   * callbacks and replies are registered before the batch enters the log: from that moment a
   * connection may write it, and a fast page answer it.
   */
  public void push(EncodedBatch batch) {
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
    if (wake != null) {
      wake.wake();
    }
  }

  private Connection overflowLocked() {
    if (settings.overflowPolicy() == OverflowPolicy.RELOAD_PAGE) {
      return reloadLocked("the page fell more than " + settings.maxOutboundMessages()
          + " messages or " + settings.maxOutboundBytes() + " bytes behind");
    }
    log.clear();
    return connection;
  }

  private Connection reloadLocked(String reason) {
    log.clear();
    reloadRequired = true;
    control.replaceWith(Frames.reload(reason));
    return connection;
  }

  /** Tells the page to reload, for it may have missed a push; it gets nothing more. */
  public void requireReload(String reason) {
    Connection wake;
    synchronized (lock) {
      wake = ended || reloadRequired ? null : reloadLocked(reason);
    }
    if (wake != null) {
      wake.wake();
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
      wake = !ended && control.offer(frame) ? connection : null;
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
    activity.heard();
    if (previous != null && previous != next) {
      previous.close("replaced by a newer connection");
    }
    next.wake();
    return Resume.ATTACHED;
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
      List<ByteBuffer> frames = new ArrayList<>();
      control.drainTo(frames, max);
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
      activity.check(current, now, heartbeat);
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
      control.clear();
    }
    if (open != null) {
      open.close("the session ended");
    }
    attributes.clear();
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

  /** The callbacks this session's page was given and the replies it is awaited for. */
  CallbacksAndReplies handedOut() {
    return handedOut;
  }

  /**
   * Runs listener work for this page, one task at a time in arrival order; the page's own events
   * wait in it, at most {@code maxQueuedEventsPerPage}.
   */
  public SerialExecutor listeners() {
    return listeners;
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
    return reloadRequired;
  }

  @Override
  public String toString() {
    return "ScriptSession{" + view.page() + " " + view.id() + "}";
  }
}

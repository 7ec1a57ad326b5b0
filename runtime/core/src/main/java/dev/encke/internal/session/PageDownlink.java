package dev.encke.internal.session;

import dev.encke.OverflowPolicy;
import dev.encke.Transport;
import dev.encke.internal.protocol.AckPolicy;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Frames;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The down-link half of a session: its numbered outbound log, the frames outside that sequence,
 * the connection that carries them now and how long the page has been away. Pushes from any thread
 * are numbered in one order under a short lock that never covers I/O; connections pull their frames
 * from here. A base class rather than a member so that an idle session stays one object: the
 * session ({@link DefaultScriptSession}) learns what happened through the hooks below, called on
 * the thread that caused it.
 */
public abstract class PageDownlink {

  private static final int MAX_CONTROL_FRAMES = 64;

  final SessionSettings settings;
  private final DeliveryMetrics deliveries;
  private final Object lock = new Object();
  private final OutboundLog log;
  /** Frames outside the numbered sequence; {@code null} while there are none, as mostly. */
  private ArrayDeque<ByteBuffer> control;
  volatile long lastSeenMillis;
  volatile long lastUplinkNanos;
  private Connection connection;
  private long detachedAtNanos;
  private boolean connected;
  private boolean reloadRequired;
  private boolean ended;

  PageDownlink(SessionContext context, long now) {
    this.settings = context.settings();
    this.deliveries = context.deliveries();
    this.log = new OutboundLog(settings.maxOutboundMessages(), settings.maxOutboundBytes());
    this.lastSeenMillis = System.currentTimeMillis();
    this.lastUplinkNanos = now;
    this.detachedAtNanos = now;
  }

  /** {@code batch} will not be written: the page was told to reload or the session ended. */
  abstract void refused(EncodedBatch batch, String why);

  /** The log overflowed on {@code batch}, which is dropped with everything before it. */
  abstract void overflowed(EncodedBatch batch);

  /** The page has been away one heartbeat interval. */
  abstract void disconnected();

  public boolean isConnected() {
    synchronized (lock) {
      return connected;
    }
  }

  public Optional<Transport> transport() {
    synchronized (lock) {
      return Optional.ofNullable(connection).map(Connection::transport);
    }
  }

  public boolean isEnded() {
    synchronized (lock) {
      return ended;
    }
  }

  public boolean isReloadRequired() {
    synchronized (lock) {
      return reloadRequired;
    }
  }

  /** The page was heard from at {@code now} (nanoseconds). */
  final void heard(long now) {
    lastUplinkNanos = now;
    lastSeenMillis = System.currentTimeMillis();
  }

  /**
   * Numbers {@code batch}, keeps it until the page acknowledges it and wakes the connection: in
   * {@code wakeups} for one of many sessions a delivery reaches, on the calling thread when it is
   * idle for a push to this session alone ({@code wakeups} null). Never blocks.
   */
  final void append(EncodedBatch batch, WakeGroup wakeups) {
    Connection wake;
    boolean overflowed = false;
    synchronized (lock) {
      if (ended || reloadRequired) {
        refused(batch, "has been told to reload");
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
      overflowed(batch);
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
      reloadLocked("the page fell more than " + settings.maxOutboundMessages()
          + " messages or " + settings.maxOutboundBytes() + " bytes behind");
    }
    return connection;
  }

  private void reloadLocked(String reason) {
    reloadRequired = true;
    control = new ArrayDeque<>(1);
    control.add(Frames.reload(reason));
  }

  /** Tells the page to reload, for it may have missed a push; it gets nothing more. */
  public void requireReload(String reason) {
    Connection wake;
    synchronized (lock) {
      if (ended || reloadRequired) {
        return;
      }
      log.clear();
      reloadLocked(reason);
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
    heard(System.nanoTime());
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
    return acknowledge(seq, 0);
  }

  /**
   * As {@link #acknowledge(long)}, from a page that held the ack back {@code heldMillis} after
   * applying the batch: its deliveries count as made that much earlier, so that the policy that
   * coalesces acks ({@code AckPolicy}) does not show as latency. The page's own word, so it can
   * only make its own deliveries look faster, never another page's.
   */
  public boolean acknowledge(long seq, long heldMillis) {
    long applied = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(
        Math.min(Math.max(0, heldMillis), AckPolicy.MAX_DELAY_MILLIS));
    synchronized (lock) {
      if (seq > log.lastSeq()) {
        return false;
      }
      log.acknowledge(seq, applied, deliveries);
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
      disconnected();
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

  /** Empties the log and closes the connection; false when the session had ended already. */
  final boolean endDownlink() {
    Connection open;
    synchronized (lock) {
      if (ended) {
        return false;
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
    return true;
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

  /**
   * Sends a heartbeat now when the page has batches it has not acknowledged, since a page answers
   * a heartbeat with its waiting acknowledgement first instead of waiting out the ack policy's
   * delay. A connection that has batches still to write sends them instead.
   */
  public void askForAcknowledgement() {
    Connection open;
    synchronized (lock) {
      open = log.size() > 0 ? connection : null;
    }
    if (open != null) {
      open.heartbeat();
    }
  }

  /** The state of the outbound log now, for monitoring and tests. */
  public Backlog backlog() {
    synchronized (lock) {
      return new Backlog(log.size(), log.bytes(), log.peakMessages(), log.peakBytes(),
          log.acknowledged());
    }
  }
}

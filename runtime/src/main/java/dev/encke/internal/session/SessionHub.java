package dev.encke.internal.session;

import dev.encke.EnckeMetrics;
import dev.encke.OverflowPolicy;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.Target;
import dev.encke.Transport;
import dev.encke.internal.protocol.Recording;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions of one server and everything that targets them, free of any transport: the server
 * and the test kit's {@code PushRecorder} both stand on it. A sweeper thread sends heartbeats,
 * notices gone pages and expires sessions; listeners and callbacks run on a separate pool. Thread-safe.
 */
public final class SessionHub implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SessionHub.class);

  private final SessionSettings settings;
  private final Clock clock;
  private final String name;
  private final SessionRegistry registry = new SessionRegistry();
  private final ExecutorService listenerPool = Executors.newCachedThreadPool(daemons("listener"));
  private final ScheduledThreadPoolExecutor sweeper = newTimer();
  private final DeliveryMetrics deliveries = new DeliveryMetrics();

  private SessionHub(SessionSettings settings, Clock clock, String name) {
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.clock = clock;
    this.name = name;
  }

  /** Opens a hub and makes it known to {@code Browser}'s static methods until it closes. */
  public static SessionHub open(SessionSettings settings, String name) {
    SessionHub hub = new SessionHub(settings, Clock.systemUTC(), name);
    long tick = Math.max(20, Math.min(1000, settings.heartbeat().toMillis() / 4));
    hub.sweeper.scheduleWithFixedDelay(hub::sweep, tick, tick, TimeUnit.MILLISECONDS);
    hub.sweeper.scheduleAtFixedRate(hub.deliveries::roll, 1, 1, TimeUnit.SECONDS);
    RunningHubs.add(hub);
    return hub;
  }

  public SessionSettings settings() {
    return settings;
  }

  Clock clock() {
    return clock;
  }

  long nanoTime() {
    return System.nanoTime();
  }

  /** Runs the sweep and the reply timeouts; never user code. */
  ScheduledExecutorService timer() {
    return sweeper;
  }

  private static ScheduledThreadPoolExecutor newTimer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemons("sweeper"));
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  DeliveryMetrics deliveries() {
    return deliveries;
  }

  /** Sessions by transport and the delivery figures of the last window. */
  public EnckeMetrics metrics() {
    Map<Transport, Integer> connected = new EnumMap<>(Transport.class);
    List<DefaultScriptSession> sessions = registry.all();
    for (DefaultScriptSession session : sessions) {
      if (session.isConnected()) {
        session.transport().ifPresent(transport -> connected.merge(transport, 1, Integer::sum));
      }
    }
    DeliveryMetrics.Snapshot delivered = deliveries.snapshot();
    return new EnckeMetrics(sessions.size(), connected, delivered.deliveries(),
        delivered.perSecond(), delivered.p50(), delivered.p99(), delivered.window());
  }

  /**
   * A new session for a page view that said hello from {@code browserId}; empty when that browser
   * holds the most sessions it may.
   */
  public Optional<DefaultScriptSession> hello(String page, String browserId, boolean rawScript) {
    if (!registry.reserve(browserId, settings.maxSessionsPerBrowser())) {
      return Optional.empty();
    }
    DefaultScriptSession session = new DefaultScriptSession(
        this, SessionIds.next(), page, browserId, SessionIds.next(), rawScript, listenerPool);
    registry.add(session);
    fire(session, ScriptSessionListener::sessionCreated);
    return Optional.of(session);
  }

  public Optional<DefaultScriptSession> find(String id) {
    return registry.find(id);
  }

  public List<ScriptSession> snapshot() {
    return List.copyOf(registry.all());
  }

  public Target allSessions() {
    return new HubTarget(this, "all sessions", registry::all, null, Recording.Audience.MANY_SESSIONS);
  }

  public Target page(String path) {
    Objects.requireNonNull(path, "path == null");
    return new HubTarget(this, "page " + path, () -> registry.onPage(path), null,
        Recording.Audience.MANY_SESSIONS);
  }

  public Target session(String id) {
    Objects.requireNonNull(id, "sessionId == null");
    return new HubTarget(this, "session " + id, () -> registry.find(id).map(List::of)
        .orElse(List.of()), null, Recording.Audience.ONE_SESSION);
  }

  /**
   * The target of one existing session.
   *
   * @throws IllegalArgumentException when no session has that id
   */
  public Target requireSession(String id) {
    if (registry.find(id).isEmpty()) {
      throw new IllegalArgumentException("no script session \"" + id + "\"");
    }
    return session(id);
  }

  /** Ends the session now: its connection closes, its memory is freed, listeners are told. */
  public void end(DefaultScriptSession session) {
    if (registry.remove(session)) {
      session.end();
      fire(session, ScriptSessionListener::sessionExpired);
    }
  }

  void overflowed(DefaultScriptSession session) {
    LOG.info("{} fell too far behind; policy {}", session, settings.overflowPolicy());
    fire(session, ScriptSessionListener::sessionOverflowed);
    if (settings.overflowPolicy() == OverflowPolicy.END_SESSION) {
      end(session);
    }
  }

  void disconnected(DefaultScriptSession session) {
    fire(session, ScriptSessionListener::sessionDisconnected);
  }

  private void fire(DefaultScriptSession session, BiConsumer<ScriptSessionListener, ScriptSession> event) {
    for (ScriptSessionListener listener : settings.listeners()) {
      session.listeners().execute(() -> {
        try {
          event.accept(listener, session);
        } catch (RuntimeException e) {
          LOG.warn("session listener {} failed for {}", listener, session, e);
        }
      });
    }
  }

  private void sweep() {
    long now = nanoTime();
    for (DefaultScriptSession session : registry.all()) {
      try {
        if (session.sweep(now)) {
          end(session);
        }
      } catch (RuntimeException e) {
        LOG.warn("sweeping {} failed", session, e);
      }
    }
  }

  /** Ends every session and stops the hub's threads. */
  @Override
  public void close() {
    RunningHubs.remove(this);
    sweeper.shutdownNow();
    registry.all().forEach(this::end);
    listenerPool.shutdown();
  }

  @Override
  public String toString() {
    return name;
  }

  private static java.util.concurrent.ThreadFactory daemons(String role) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "encke-" + role + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

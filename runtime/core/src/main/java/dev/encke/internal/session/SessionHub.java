package dev.encke.internal.session;

import dev.encke.EnckeMetrics;
import dev.encke.OverflowPolicy;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.Target;
import dev.encke.Transport;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.spi.Backplane;
import dev.encke.spi.BackplaneNode;
import dev.encke.spi.ShippedBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sessions of one server and the delivery of what targets them, free of any host: a host's
 * channel and the test kit's {@code PushRecorder} both stand on it. A timer thread sends
 * heartbeats, notices gone pages, expires sessions and times replies out; listeners, callbacks and
 * reply futures run on a separate pool. Thread-safe.
 *
 * <p>The hub is one node of its settings' {@link Backplane}: what it delivers to its own sessions
 * it also ships, encoded once, to the other nodes, and it delivers what they ship to its sessions.
 * It owns the backplane and closes it.
 */
public final class SessionHub implements Targets, Delivery, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SessionHub.class);

  private final SessionSettings settings;
  private final String name;
  private final SessionRegistry registry = new SessionRegistry();
  private final ThreadPoolExecutor listenerPool;
  private final ScheduledThreadPoolExecutor timer = HubThreads.timer();
  private final DeliveryMetrics deliveries = new DeliveryMetrics();
  private final QuietLog clientFaults = new QuietLog(LOG);
  private final SessionContext context;
  private final Backplane backplane;
  private final String nodeId;
  private final Relay relay;

  private SessionHub(SessionSettings settings, String name) {
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.name = name;
    this.backplane = settings.backplane();
    // A name fit for Redis values and thread names: the hub's name without its punctuation.
    this.nodeId = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-|-$", "") + "-"
        + SessionIds.next().substring(0, 8);
    this.listenerPool = HubThreads.listenerPool(settings.listenerThreads());
    this.context = new SessionContext(settings, new Events(), deliveries, listenerPool, timer,
        clientFaults);
    this.relay = new Relay(nodeId, backplane, listenerPool, timer, settings.replyTimeout(),
        (sessionId, answer) -> deliver(Selection.session(sessionId), answer));
  }

  /** Opens a hub and makes it known to {@code Browser}'s static methods until it closes. */
  public static SessionHub open(SessionSettings settings, String name) {
    SessionHub hub = new SessionHub(settings, name);
    long tick = Math.max(20, Math.min(1000, settings.heartbeat().toMillis() / 4));
    hub.timer.scheduleWithFixedDelay(hub::sweep, tick, tick, TimeUnit.MILLISECONDS);
    hub.timer.scheduleAtFixedRate(hub.deliveries::roll, 1, 1, TimeUnit.SECONDS);
    hub.backplane.join(hub.new Node());
    RunningTargets.add(hub);
    return hub;
  }

  public SessionSettings settings() {
    return settings;
  }

  /** This node's id in its cluster, unique there. */
  public String nodeId() {
    return nodeId;
  }

  @Override
  public boolean rawScriptAllowed() {
    return settings.rawScriptAllowed();
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
        delivered.perSecond(), delivered.p50(), delivered.p99(), delivered.window(),
        backplane.status());
  }

  /** As {@link #hello(String, String, String, boolean)}, for a page no user is known for. */
  public Optional<DefaultScriptSession> hello(String page, String browserId, boolean rawScript) {
    return hello(page, null, browserId, rawScript);
  }

  /**
   * A new session for a page view that said hello from {@code browserId}, opened by {@code user}
   * ({@code null} when anonymous) in this process, not counted by client address; empty when a
   * limit refused it.
   */
  public Optional<DefaultScriptSession> hello(String page, String user, String browserId,
      boolean rawScript) {
    return Optional.ofNullable(hello(page, user, browserId, null, rawScript).session());
  }

  /**
   * A new session for a page view that said hello from {@code browserId} at the client address
   * {@code address}, opened by {@code user} ({@code null} when anonymous), or the limit that
   * refused it: the server's, the address's or the browser's.
   */
  public Admission hello(String page, String user, String browserId, String address,
      boolean rawScript) {
    SessionLimit refused = registry.reserve(browserId, address, settings);
    if (refused != null) {
      return new Admission(null, refused);
    }
    DefaultScriptSession session = new DefaultScriptSession(context, SessionIds.next(),
        registry.pageName(page), user, new SessionCredentials(browserId, SessionIds.next()),
        address, rawScript);
    registry.add(session);
    backplane.sessionOpened(session.id(), page, user);
    fire(session, ScriptSessionListener::sessionCreated);
    return new Admission(session, null);
  }

  /** A new session, or the limit that refused it. */
  public record Admission(DefaultScriptSession session, SessionLimit refusal) {}

  /** The log of what clients cause: one line per key and minute, no stack trace. */
  public QuietLog clientFaults() {
    return clientFaults;
  }

  /** Runs {@code task} once on the hub's timer after {@code delay}; it must not block. */
  public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Runs {@code task} on the hub's timer every {@code period}; it must not block. */
  public void scheduleEvery(Runnable task, Duration period) {
    timer.scheduleWithFixedDelay(task, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
  }

  public Optional<DefaultScriptSession> find(String id) {
    return registry.find(id);
  }

  public List<ScriptSession> snapshot() {
    return List.copyOf(registry.all());
  }

  @Override
  public Target allSessions() {
    return new SelectionTarget(this, Selection.allSessions());
  }

  @Override
  public Target page(String path) {
    return new SelectionTarget(this, Selection.page(path));
  }

  @Override
  public Target session(String id) {
    return new SelectionTarget(this, Selection.session(id));
  }

  @Override
  public Target user(String name) {
    return new SelectionTarget(this, Selection.user(name));
  }

  @Override
  public Target requireSession(String id) {
    if (registry.get(id) == null && !backplane.knowsRemoteSession(id)) {
      throw new IllegalArgumentException("no script session \"" + id + "\"");
    }
    return session(id);
  }

  @Override
  public List<ScriptSession> sessions(Selection selection) {
    return List.copyOf(chosen(selection));
  }

  private List<DefaultScriptSession> chosen(Selection selection) {
    List<DefaultScriptSession> candidates;
    switch (selection.kind()) {
      case PAGE:
        candidates = registry.onPage(selection.key());
        break;
      case SESSION:
        return one(registry.get(selection.key()), selection);
      case USER:
        candidates = registry.ofUser(selection.key());
        break;
      default:
        candidates = registry.all();
    }
    List<DefaultScriptSession> chosen = new ArrayList<>();
    for (DefaultScriptSession session : candidates) {
      if (!session.isEnded()
          && (selection.filter() == null || selection.filter().matches(session))) {
        chosen.add(session);
      }
    }
    return chosen;
  }

  /** {@code session}, if there is one and {@code selection} chooses it, without a list to fill. */
  private static List<DefaultScriptSession> one(DefaultScriptSession session, Selection selection) {
    if (session == null || session.isEnded()
        || selection.filter() != null && !selection.filter().matches(session)) {
      return List.of();
    }
    return List.of(session);
  }

  @Override
  public void deliver(Selection selection, EncodedBatch batch) {
    List<DefaultScriptSession> targets = chosen(selection);
    boolean elsewhere = backplane.isClustered()
        && !(selection.isOneSession() && !targets.isEmpty());
    ShippedBatch shipped = elsewhere && batch.commandCount() > 0
        ? Shipment.ship(nodeId, selection, batch) : null;
    if (batch.hasScript()) {
      DeliveryChecks.requireRawScriptAllowed(batch, targets);
    }
    boolean remoteSession = elsewhere && selection.isOneSession()
        && backplane.knowsRemoteSession(selection.key());
    if (targets.isEmpty() && !remoteSession) {
      DeliveryChecks.failReplies(batch, "no session of " + selection + " is open");
    }
    pushAll(targets, batch);
    if (shipped != null) {
      relay.keep(batch);
      backplane.publish(shipped);
    }
  }

  /** Pushes to one session writing on this thread, to several waking their connections once. */
  private static void pushAll(List<DefaultScriptSession> targets, EncodedBatch batch) {
    if (targets.size() == 1) {
      targets.get(0).push(batch, null);
      return;
    }
    WakeGroup wakeups = new WakeGroup();
    for (DefaultScriptSession session : targets) {
      session.push(batch, wakeups);
    }
    wakeups.release();
  }

  /**
   * Pushes what another node shipped to the sessions of this node it chooses; takes mail for this
   * node to its relay.
   */
  private void deliverShipped(ShippedBatch shipped) {
    Shipment.Shipped read = Shipment.read(shipped);
    if (read instanceof Shipment.Received received) {
      List<DefaultScriptSession> targets = chosen(received.selection());
      if (targets.isEmpty()) {
        return;
      }
      EncodedBatch batch = relay.relayed(received, shipped.origin());
      if (batch.hasScript()) {
        DeliveryChecks.requireRawScriptAllowed(batch, targets);
      }
      pushAll(targets, batch);
    } else if (read instanceof Shipment.ReplyMail reply && reply.to().equals(nodeId)) {
      relay.answer(reply);
    } else if (read instanceof Shipment.EventMail event && event.to().equals(nodeId)) {
      relay.call(event);
    }
  }

  /** Ends the session now: its connection closes, its memory is freed, listeners are told. */
  public void end(DefaultScriptSession session) {
    if (registry.remove(session)) {
      session.end();
      backplane.sessionEnded(session.id());
      fire(session, ScriptSessionListener::sessionExpired);
    }
  }

  private void fire(DefaultScriptSession session,
      BiConsumer<ScriptSessionListener, ScriptSession> event) {
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
    long now = System.nanoTime();
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
    RunningTargets.remove(this);
    timer.shutdownNow();
    registry.all().forEach(this::end);
    backplane.close();
    listenerPool.shutdown();
  }

  @Override
  public String toString() {
    return name;
  }

  /** The hub as its backplane sees it. */
  private final class Node implements BackplaneNode {
    @Override
    public String nodeId() {
      return nodeId;
    }

    @Override
    public void receive(ShippedBatch batch) {
      deliverShipped(batch);
    }

    @Override
    public void missed(String why) {
      LOG.warn("{} missed pushes of other nodes ({}); its {} pages are told to reload", nodeId, why,
          registry.all().size());
      registry.all().forEach(session -> session.requireReload("a push may have been lost: " + why));
    }
  }

  /** The only way a session speaks back to its hub. */
  private final class Events implements SessionEvents {
    @Override
    public void overflowed(DefaultScriptSession session) {
      clientFaults.info("overflow " + session.clientAddress(), session + " of "
          + session.clientAddress() + " fell too far behind; policy " + settings.overflowPolicy());
      fire(session, ScriptSessionListener::sessionOverflowed);
      if (settings.overflowPolicy() == OverflowPolicy.END_SESSION) {
        end(session);
      }
    }

    @Override
    public void disconnected(DefaultScriptSession session) {
      fire(session, ScriptSessionListener::sessionDisconnected);
    }

    @Override
    public void left(DefaultScriptSession session) {
      end(session);
    }
  }
}

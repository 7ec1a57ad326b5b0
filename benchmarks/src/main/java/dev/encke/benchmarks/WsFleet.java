package dev.encke.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.Configuration;
import org.eclipse.jetty.websocket.core.WebSocketComponents;
import org.eclipse.jetty.websocket.core.client.CoreClientUpgradeRequest;
import org.eclipse.jetty.websocket.core.client.WebSocketCoreClient;

/**
 * The load generator's WebSocket clients of one server, on Jetty's WebSocket client: they connect,
 * receive and count. Connections are spread over several loopback source addresses (one Jetty client
 * bound to each), so that thousands of connections and their reconnects do not exhaust one address's
 * ephemeral ports. Every link of a client that {@linkplain Subscriber#pings pings} is pinged every
 * {@value #PING_SECONDS} s so that no server closes it for idling between phases.
 *
 * <p>Periodic up-link work (Encke's acknowledgements, every {@value #TICK_MILLIS} ms per client)
 * is spread over the interval in {@value #TICK_SLICES} slices, each client in its own, as independent
 * pages' timers would be, rather than fired for every client in one burst.
 */
final class WsFleet implements AutoCloseable {

  private static final int MAX_CONNECTING = 256;
  static final int PING_SECONDS = 10;
  private static final int MAX_ERRORS_KEPT = 10;
  private static final int MAX_ERROR_LENGTH = 160;
  private static final int TICK_MILLIS = 50;
  private static final int TICK_SLICES = 10;

  private final URI endpoint;
  private final URI base;
  private final Function<WsFleet, Subscriber> protocol;
  private final QueuedThreadPool threads = new QueuedThreadPool(64, 8);
  private final List<WebSocketCoreClient> clients = new ArrayList<>();
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final Semaphore connecting = new Semaphore(MAX_CONNECTING);
  private final Deliveries deliveries = new Deliveries();
  private final Readiness readiness = new Readiness();
  private final AtomicLong unexpectedCloses = new AtomicLong();
  private final AtomicLong connectFailures = new AtomicLong();
  private final AtomicLong startedOver = new AtomicLong();
  private final Queue<String> errors = new ConcurrentLinkedQueue<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "fleet-timer");
    thread.setDaemon(true);
    return thread;
  });
  private long tickCount;

  /** Clients of the WebSocket at {@code path} on {@code host:port}, speaking {@code protocol}. */
  WsFleet(String host, int port, String path, Function<WsFleet, Subscriber> protocol,
      List<String> sourceAddresses) throws Exception {
    this.endpoint = URI.create("ws://" + host + ":" + port + path);
    this.base = URI.create("http://" + host + ":" + port + "/");
    this.protocol = protocol;
    threads.setName("load");
    // Daemons, so that a run that failed half-way still lets the JVM exit.
    threads.setDaemon(true);
    threads.start();
    for (String source : sourceAddresses) {
      HttpClient http = new HttpClient();
      http.setExecutor(threads);
      http.setBindAddress(new InetSocketAddress(source, 0));
      http.setMaxConnectionsPerDestination(MAX_CONNECTING);
      http.setMaxRequestsQueuedPerDestination(Integer.MAX_VALUE);
      http.setConnectTimeout(30_000);
      // Each client is a browser of its own: no cookie is shared between them.
      http.setHttpCookieStore(new HttpCookieStore.Empty());
      http.start();
      WebSocketCoreClient client = new WebSocketCoreClient(http, new WebSocketComponents());
      client.start();
      clients.add(client);
    }
    timer.scheduleWithFixedDelay(this::pingAll, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
    long slice = TICK_MILLIS / TICK_SLICES;
    timer.scheduleAtFixedRate(this::tickSlice, slice, slice, TimeUnit.MILLISECONDS);
  }

  /** How many clients the fleet holds. */
  int size() {
    return subscribers.size();
  }

  /**
   * Adds clients until there are {@code target}, and waits until each is ready to receive.
   *
   * @throws IllegalStateException when they are not ready in time
   */
  void grow(int target) throws InterruptedException {
    while (subscribers.size() < target) {
      Subscriber subscriber = protocol.apply(this);
      subscribers.add(subscriber);
      connect(subscribers.size() - 1, subscriber);
    }
    awaitReady(target, Duration.ofSeconds(60));
  }

  /**
   * Drops every connection at once, without close handshakes, and reconnects each client at once;
   * returns the time from the first drop until the last client had resumed.
   */
  Duration dropAndResume(Duration timeout) throws InterruptedException {
    readiness.reset();
    long start = System.nanoTime();
    for (Subscriber subscriber : subscribers) {
      subscriber.link().abort();
    }
    for (int i = 0; i < subscribers.size(); i++) {
      connect(i, subscribers.get(i));
    }
    awaitReady(subscribers.size(), timeout);
    return Duration.ofNanos(readiness.lastNanos() - start);
  }

  private void connect(int index, Subscriber subscriber) throws InterruptedException {
    connecting.acquire();
    WebSocketCoreClient client = clients.get(index % clients.size());
    subscriber.prepare(client.getHttpClient(), base).whenComplete((prepared, failure) -> {
      if (failure == null) {
        upgrade(client, index, subscriber);
      } else {
        connected(index, subscriber, failure);
      }
    });
  }

  private void upgrade(WebSocketCoreClient client, int index, Subscriber subscriber) {
    CoreClientUpgradeRequest request =
        CoreClientUpgradeRequest.from(client, endpoint, subscriber.newLink());
    request.headers(subscriber::upgradeHeaders);
    Configuration.ConfigurationCustomizer configuration = new Configuration.ConfigurationCustomizer();
    configuration.setIdleTimeout(Duration.ofMinutes(10));
    request.setConfiguration(configuration);
    try {
      client.connect(request).whenComplete((session, failure) -> connected(index, subscriber, failure));
    } catch (IOException e) {
      connected(index, subscriber, e);
    }
  }

  private void connected(int index, Subscriber subscriber, Throwable failure) {
    connecting.release();
    if (failure != null) {
      connectFailures.incrementAndGet();
      error("connect: " + failure.getClass().getSimpleName());
      timer.schedule(() -> reconnect(index, subscriber), 200, TimeUnit.MILLISECONDS);
    }
  }

  private void reconnect(int index, Subscriber subscriber) {
    try {
      connect(index, subscriber);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady(int expected, Duration timeout) throws InterruptedException {
    if (!readiness.await(expected, timeout)) {
      throw new IllegalStateException(readiness.count() + " of " + expected + " clients of "
          + endpoint + " ready after " + timeout + "; connect failures " + connectFailures
          + ", errors " + errors);
    }
  }

  void ready() {
    readiness.ready(System.nanoTime());
  }

  void unexpectedClose(Subscriber subscriber, CloseStatus status) {
    unexpectedCloses.incrementAndGet();
    error("closed: " + status);
    int index = subscribers.indexOf(subscriber);
    timer.execute(() -> reconnect(index, subscriber));
  }

  void startedOver() {
    startedOver.incrementAndGet();
  }

  /** Clients whose session the server had forgotten when they came back, since the fleet started. */
  long startedOverCount() {
    return startedOver.get();
  }

  void protocolError(String reason) {
    error(reason);
  }

  private void error(String reason) {
    if (errors.size() < MAX_ERRORS_KEPT) {
      errors.add(reason.length() > MAX_ERROR_LENGTH
          ? reason.substring(0, MAX_ERROR_LENGTH) + "…" : reason);
    }
  }

  /** The first few errors seen, for the report. */
  String errors() {
    return errors.stream().collect(Collectors.joining("; "));
  }

  Deliveries deliveries() {
    return deliveries;
  }

  /**
   * Starts a phase whose payloads are numbered from {@code firstN}. With {@code everyPayload} each
   * client must receive every payload (a broadcast), which the fleet then checks.
   */
  void beginPhase(long firstN, boolean everyPayload) {
    for (Subscriber subscriber : subscribers) {
      if (everyPayload) {
        subscriber.sequence().begin(firstN);
      } else {
        subscriber.sequence().stop();
      }
    }
    deliveries.beginPhase(firstN);
  }

  /** Payloads of a broadcast phase that some client has not received, up to {@code lastN}. */
  long lostUpTo(long lastN) {
    long lost = 0;
    for (Subscriber subscriber : subscribers) {
      lost += subscriber.sequence().lostUpTo(lastN);
    }
    return lost;
  }

  /**
   * How many clients have received payload {@code lastN} of a broadcast phase. Each client receives
   * in order, so once all have, whatever one of them still misses is lost, not late.
   */
  int clientsThatReached(long lastN) {
    int reached = 0;
    for (Subscriber subscriber : subscribers) {
      if (subscriber.sequence().reached(lastN)) {
        reached++;
      }
    }
    return reached;
  }

  /** Payloads a client received more than once in the current phase. */
  long duplicates() {
    long duplicates = 0;
    for (Subscriber subscriber : subscribers) {
      duplicates += subscriber.sequence().duplicates();
    }
    return duplicates;
  }

  /** Connections the server closed or lost without being asked to, since the fleet started. */
  long unexpectedCloses() {
    return unexpectedCloses.get();
  }

  private void tickSlice() {
    int first = (int) (tickCount++ % TICK_SLICES);
    for (int i = first; i < subscribers.size(); i += TICK_SLICES) {
      subscribers.get(i).tick();
    }
  }

  private void pingAll() {
    for (Subscriber subscriber : subscribers) {
      Link link = subscriber.link();
      if (link != null && subscriber.pings()) {
        link.ping();
      }
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    for (Subscriber subscriber : subscribers) {
      Link link = subscriber.link();
      if (link != null) {
        link.close();
      }
    }
    for (WebSocketCoreClient client : clients) {
      try {
        client.getHttpClient().stop();
        client.stop();
      } catch (Exception e) {
        error("stop: " + e);
      }
    }
    try {
      threads.stop();
    } catch (Exception e) {
      error("stop: " + e);
    }
  }

  /**
   * How many clients became ready since the last reset, and when the last one did. Each client
   * signals once per phase, so a monitor costs little and wakes the one waiter as soon as it can go.
   */
  private static final class Readiness {
    private int count;
    private long lastNanos;

    synchronized void reset() {
      count = 0;
    }

    /** {@code nanos} is read before the lock is taken, so contention does not delay it. */
    synchronized void ready(long nanos) {
      lastNanos = Math.max(lastNanos, nanos);
      count++;
      notifyAll();
    }

    /** Waits until {@code expected} clients are ready; false when {@code timeout} passed first. */
    synchronized boolean await(int expected, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (count < expected) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      return true;
    }

    synchronized int count() {
      return count;
    }

    synchronized long lastNanos() {
      return lastNanos;
    }
  }
}

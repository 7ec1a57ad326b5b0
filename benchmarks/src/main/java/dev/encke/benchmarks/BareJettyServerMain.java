package dev.encke.benchmarks;

import dev.encke.benchmarks.kit.ControlLoop;
import dev.encke.benchmarks.kit.Payload;
import dev.encke.benchmarks.kit.PushTarget;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;
import org.eclipse.jetty.websocket.core.server.WebSocketServerComponents;
import org.eclipse.jetty.websocket.core.server.WebSocketUpgradeHandler;

/**
 * The Jetty Encke runs on with no framework above it: the same Jetty 12.1 core WebSocket server,
 * thread pool and listen backlog, a handler that sends one greeting and drops what it reads. Idle, it
 * is the floor under every WebSocket session's memory. Publishing, it is the ceiling: a payload is
 * encoded once into one buffer, and each connection gets it as one text frame in Jetty's batch mode,
 * which only copies it into the connection's batch buffer. The connections a publish finds with no
 * flush pending are flushed {@value #FLUSH_GROUP} to a pool task, and frames that arrive before a
 * flush runs leave in the same write. That is at least as much coalescing as Encke's (a push wakes
 * its connections in groups of as many, the wake-up writes what piled up), with nothing a push
 * framework adds: no sequence numbers, no log, no acknowledgements, no resume.
 *
 * <p>Usage: {@code BareJettyServerMain <host>}; prints {@code ready <port>} and follows
 * {@link ControlLoop}.
 */
public final class BareJettyServerMain implements PushTarget {

  /** As many connections per pool task as Encke wakes at once. */
  static final int FLUSH_GROUP = 32;

  private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
  private final Executor flushers;
  private Connection[] targets = new Connection[0];

  private BareJettyServerMain(Executor flushers) {
    this.flushers = flushers;
  }

  public static void main(String[] args) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("jetty");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(args.length > 0 ? args[0] : "127.0.0.1");
    connector.setPort(0);
    connector.setAcceptQueueSize(Parity.ACCEPT_QUEUE);
    server.addConnector(connector);
    BareJettyServerMain jetty = new BareJettyServerMain(threads);
    WebSocketUpgradeHandler upgrade =
        new WebSocketUpgradeHandler(WebSocketServerComponents.ensureWebSocketComponents(server));
    upgrade.addMapping(FloorSubscriber.PATH, (request, response, callback) -> jetty.new Handler());
    server.setHandler(upgrade);
    server.start();
    try {
      ControlLoop.serve(connector.getLocalPort(), jetty);
    } finally {
      server.stop();
    }
  }

  @Override
  public int sessionCount() {
    return connections.size();
  }

  @Override
  public void broadcast(long n, long sentNanos) {
    ByteBuffer payload = encode(n, sentNanos);
    List<Connection> due = new ArrayList<>(FLUSH_GROUP);
    for (Connection connection : connections) {
      if (connection.sendAndClaimFlush(payload)) {
        due.add(connection);
        if (due.size() == FLUSH_GROUP) {
          flushLater(due);
          due = new ArrayList<>(FLUSH_GROUP);
        }
      }
    }
    if (!due.isEmpty()) {
      flushLater(due);
    }
  }

  private void flushLater(List<Connection> due) {
    flushers.execute(() -> due.forEach(Connection::flush));
  }

  @Override
  public void snapshotTargets() {
    targets = connections.toArray(new Connection[0]);
  }

  @Override
  public void pushToRandom(Random random, long n, long sentNanos) {
    Connection target = targets[random.nextInt(targets.length)];
    if (target.sendAndClaimFlush(encode(n, sentNanos))) {
      flushers.execute(target::flush);
    }
  }

  @Override
  public String settings() {
    return "batch-mode frames, flushes queued on Jetty's thread pool " + FLUSH_GROUP
        + " connections to a task";
  }

  private static ByteBuffer encode(long n, long sentNanos) {
    return ByteBuffer.wrap(Payload.json(n, sentNanos).getBytes(StandardCharsets.US_ASCII));
  }

  /** One client's WebSocket and whether a flush of it is queued. */
  private final class Connection {
    private final CoreSession session;
    private final AtomicBoolean flushQueued = new AtomicBoolean();

    Connection(CoreSession session) {
      this.session = session;
    }

    /**
     * Queues the frame in the connection's batch, each frame on its own view of the shared bytes as
     * Jetty consumes what it writes; true when no flush was pending, so the caller must flush.
     */
    boolean sendAndClaimFlush(ByteBuffer payload) {
      session.sendFrame(new Frame(OpCode.TEXT, payload.slice()), Callback.NOOP, true);
      return flushQueued.compareAndSet(false, true);
    }

    void flush() {
      flushQueued.set(false);
      session.flush(Callback.NOOP);
    }
  }

  /** Sends the greeting a client waits for, then reads with demand and drops what it reads. */
  private final class Handler implements FrameHandler {
    private CoreSession session;
    private Connection connection;

    @Override
    public void onOpen(CoreSession coreSession, Callback callback) {
      session = coreSession;
      connection = new Connection(coreSession);
      connections.add(connection);
      byte[] greeting = FloorSubscriber.GREETING.getBytes(StandardCharsets.US_ASCII);
      coreSession.sendFrame(new Frame(OpCode.TEXT).setPayload(greeting), Callback.NOOP, false);
      callback.succeeded();
      coreSession.demand();
    }

    @Override
    public void onFrame(Frame frame, Callback callback) {
      callback.succeeded();
      session.demand();
    }

    @Override
    public void onError(Throwable cause, Callback callback) {
      callback.succeeded();
    }

    @Override
    public void onClosed(CloseStatus closeStatus, Callback callback) {
      connections.remove(connection);
      callback.succeeded();
    }
  }
}

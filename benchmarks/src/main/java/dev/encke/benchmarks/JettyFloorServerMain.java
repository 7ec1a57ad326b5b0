package dev.encke.benchmarks;

import dev.encke.benchmarks.kit.ControlLoop;
import dev.encke.benchmarks.kit.PushTarget;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
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
 * What a WebSocket connection costs on the Jetty Encke runs on, with no framework above it: the
 * same Jetty 12.1 core WebSocket server and thread pool, a handler that sends one greeting and reads
 * and drops everything else. Measured for idle memory only, to tell
 * Encke's own share of a session from Jetty's.
 *
 * <p>Usage: {@code JettyFloorServerMain <host>}; prints {@code ready <port>} and follows
 * {@link ControlLoop}; it does not publish.
 */
public final class JettyFloorServerMain implements PushTarget {

  private final Map<CoreSession, Boolean> sessions = new ConcurrentHashMap<>();

  public static void main(String[] args) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("floor");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(args.length > 0 ? args[0] : "127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    JettyFloorServerMain floor = new JettyFloorServerMain();
    WebSocketUpgradeHandler upgrade =
        new WebSocketUpgradeHandler(WebSocketServerComponents.ensureWebSocketComponents(server));
    upgrade.addMapping("/floor", (request, response, callback) -> floor.new Handler());
    server.setHandler(upgrade);
    server.start();
    try {
      ControlLoop.serve(connector.getLocalPort(), floor);
    } finally {
      server.stop();
    }
  }

  @Override
  public int sessionCount() {
    return sessions.size();
  }

  @Override
  public void broadcast(long n, long sentNanos) {
    throw new UnsupportedOperationException("the Jetty floor is measured idle only");
  }

  @Override
  public void snapshotTargets() {
    throw new UnsupportedOperationException("the Jetty floor is measured idle only");
  }

  @Override
  public void pushToRandom(Random random, long n, long sentNanos) {
    throw new UnsupportedOperationException("the Jetty floor is measured idle only");
  }

  /** Sends the greeting a client waits for, then reads with demand and drops what it reads. */
  private final class Handler implements FrameHandler {
    private CoreSession session;

    @Override
    public void onOpen(CoreSession coreSession, Callback callback) {
      session = coreSession;
      sessions.put(coreSession, Boolean.TRUE);
      byte[] greeting = "{\"t\":\"hb\"}".getBytes(StandardCharsets.US_ASCII);
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
      sessions.remove(session);
      callback.succeeded();
    }
  }
}

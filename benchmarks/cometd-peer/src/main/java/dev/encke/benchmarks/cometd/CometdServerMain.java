package dev.encke.benchmarks.cometd;

import dev.encke.benchmarks.kit.ControlLoop;
import dev.encke.benchmarks.kit.Payload;
import dev.encke.benchmarks.kit.PushTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cometd.bayeux.Promise;
import org.cometd.bayeux.server.LocalSession;
import org.cometd.bayeux.server.ServerChannel;
import org.cometd.bayeux.server.ServerSession;
import org.cometd.server.AbstractServerTransport;
import org.cometd.server.BayeuxServerImpl;
import org.cometd.server.ext.AcknowledgedMessagesExtension;
import org.cometd.server.websocket.common.AbstractWebSocketTransport;
import org.cometd.server.websocket.jetty.JettyWebSocketTransport;
import org.eclipse.jetty.server.Context;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * CometD 8 with only its WebSocket transport, as its documentation sets it up on Jetty 12 core.
 * Clients subscribe to {@value #ROOM}; targeted pushes go to one session on {@value #DIRECT}.
 *
 * <p>Usage: {@code CometdServerMain <host> [messagesPerFrame=N] [maxInterval=MS] [acceptQueue=N]
 * [acks=true]}; prints {@code ready <port>} and follows {@link ControlLoop}. {@code messagesPerFrame}
 * is the transport's {@code ws.messagesPerFrame} (CometD's default is 1: one message per WebSocket
 * frame, each frame its own write); {@code maxInterval} how long a session whose client has not
 * reconnected is kept (10 s by default); {@code acceptQueue} the connector's listen backlog (Jetty's
 * default otherwise);
 * {@code acks} installs {@link AcknowledgedMessagesExtension}, which clients that ask for it in their
 * handshake use to have unacknowledged messages resent after a reconnect.
 */
public final class CometdServerMain implements PushTarget {

  static final String ROOM = "/room";
  static final String DIRECT = "/direct";

  private final BayeuxServerImpl bayeux;
  private final ServerConnector connector;
  private final ServerChannel room;
  private final LocalSession sender;
  private List<ServerSession> targets = List.of();

  private CometdServerMain(BayeuxServerImpl bayeux, ServerConnector connector) {
    this.bayeux = bayeux;
    this.connector = connector;
    this.room = bayeux.createChannelIfAbsent(ROOM).getReference();
    this.sender = bayeux.newLocalSession("bench");
    sender.handshake();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("cometd");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(args.length > 0 ? args[0] : "127.0.0.1");
    connector.setPort(0);
    if (options.containsKey("acceptQueue")) {
      connector.setAcceptQueueSize(Integer.parseInt(options.get("acceptQueue")));
    }
    server.addConnector(connector);

    ContextHandler context = new ContextHandler("/");
    context.setHandler(WebSocketUpgradeHandler.from(server, context));
    server.setHandler(context);

    BayeuxServerImpl bayeux = new BayeuxServerImpl();
    bayeux.setOption(Context.class.getName(), context.getContext());
    bayeux.setOption("ws.cometdURLMapping", "/cometd/*");
    if (options.containsKey("messagesPerFrame")) {
      bayeux.setOption("ws." + AbstractWebSocketTransport.MESSAGES_PER_FRAME_OPTION,
          Integer.parseInt(options.get("messagesPerFrame")));
    }
    if (options.containsKey("maxInterval")) {
      bayeux.setOption(AbstractServerTransport.MAX_INTERVAL_OPTION,
          Long.parseLong(options.get("maxInterval")));
    }
    if (Boolean.parseBoolean(options.get("acks"))) {
      bayeux.addExtension(new AcknowledgedMessagesExtension());
    }
    bayeux.setTransports(new JettyWebSocketTransport(bayeux));
    context.addBean(bayeux, true);
    server.start();

    try {
      ControlLoop.serve(connector.getLocalPort(), new CometdServerMain(bayeux, connector));
    } finally {
      server.stop();
    }
  }

  /** The {@code name=value} arguments after the host. */
  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("expected name=value, not \"" + args[i] + "\"");
      }
      options.put(args[i].substring(0, equals), args[i].substring(equals + 1));
    }
    return options;
  }

  @Override
  public int sessionCount() {
    return remoteSessions().size();
  }

  @Override
  public void broadcast(long n, long sentNanos) {
    room.publish(sender, Payload.fields(n, sentNanos), Promise.noop());
  }

  @Override
  public void snapshotTargets() {
    targets = remoteSessions();
  }

  @Override
  public void pushToRandom(Random random, long n, long sentNanos) {
    ServerSession target = targets.get(random.nextInt(targets.size()));
    target.deliver(sender.getServerSession(), DIRECT, Payload.fields(n, sentNanos), Promise.noop());
  }

  /** Read back from the running transport and connector, not from the arguments. */
  @Override
  public String settings() {
    AbstractWebSocketTransport transport =
        (AbstractWebSocketTransport) bayeux.getTransport(AbstractWebSocketTransport.NAME);
    boolean acks = bayeux.getExtensions().stream()
        .anyMatch(extension -> extension instanceof AcknowledgedMessagesExtension);
    return "ws.messagesPerFrame=" + transport.getMessagesPerFrame()
        + " maxInterval=" + transport.getMaxInterval()
        + " acceptQueueSize=" + connector.getAcceptQueueSize()
        + " AcknowledgedMessagesExtension=" + (acks ? "installed" : "absent");
  }

  private List<ServerSession> remoteSessions() {
    List<ServerSession> remote = new ArrayList<>();
    for (ServerSession session : bayeux.getSessions()) {
      if (!session.isLocalSession()) {
        remote.add(session);
      }
    }
    return remote;
  }
}

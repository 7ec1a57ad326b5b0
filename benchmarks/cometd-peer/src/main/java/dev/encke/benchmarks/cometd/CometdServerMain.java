package dev.encke.benchmarks.cometd;

import dev.encke.benchmarks.kit.ControlLoop;
import dev.encke.benchmarks.kit.Payload;
import dev.encke.benchmarks.kit.PushTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cometd.bayeux.Promise;
import org.cometd.bayeux.server.LocalSession;
import org.cometd.bayeux.server.ServerChannel;
import org.cometd.bayeux.server.ServerSession;
import org.cometd.server.BayeuxServerImpl;
import org.cometd.server.websocket.jetty.JettyWebSocketTransport;
import org.eclipse.jetty.server.Context;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * CometD 8 with only its WebSocket transport, as its documentation sets it up on Jetty 12 core, and
 * default options otherwise. Clients subscribe to {@value #ROOM}; targeted pushes go to one session
 * on {@value #DIRECT}.
 *
 * <p>Usage: {@code CometdServerMain <host>}; prints {@code ready <port>} and follows
 * {@link ControlLoop}.
 */
public final class CometdServerMain implements PushTarget {

  static final String ROOM = "/room";
  static final String DIRECT = "/direct";

  private final BayeuxServerImpl bayeux;
  private final ServerChannel room;
  private final LocalSession sender;
  private List<ServerSession> targets = List.of();

  private CometdServerMain(BayeuxServerImpl bayeux) {
    this.bayeux = bayeux;
    this.room = bayeux.createChannelIfAbsent(ROOM).getReference();
    this.sender = bayeux.newLocalSession("bench");
    sender.handshake();
  }

  public static void main(String[] args) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("cometd");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setHost(args.length > 0 ? args[0] : "127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);

    ContextHandler context = new ContextHandler("/");
    context.setHandler(WebSocketUpgradeHandler.from(server, context));
    server.setHandler(context);

    BayeuxServerImpl bayeux = new BayeuxServerImpl();
    bayeux.setOption(Context.class.getName(), context.getContext());
    bayeux.setOption("ws.cometdURLMapping", "/cometd/*");
    bayeux.setTransports(new JettyWebSocketTransport(bayeux));
    context.addBean(bayeux, true);
    server.start();

    try {
      ControlLoop.serve(connector.getLocalPort(), new CometdServerMain(bayeux));
    } finally {
      server.stop();
    }
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

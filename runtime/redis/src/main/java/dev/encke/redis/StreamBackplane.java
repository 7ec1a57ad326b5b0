package dev.encke.redis;

import dev.encke.spi.Backplane;
import dev.encke.spi.BackplaneNode;
import dev.encke.spi.ShippedBatch;
import io.lettuce.core.XAddArgs;
import java.util.ArrayDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RedisBackplane}'s implementation for one node: publishes into the cluster's stream,
 * reads it with a {@link StreamReader}, and keeps a {@link SessionDirectory}. Its own thread (the
 * loop) handles what Redis answers, so neither Netty's threads nor the pushing threads ever wait.
 * Thread-safe.
 */
final class StreamBackplane implements Backplane {

  private static final Logger LOG = LoggerFactory.getLogger(StreamBackplane.class);

  private final RedisBackplane.Settings settings;
  private final Object publishing = new Object();
  private final AtomicLong unsent = new AtomicLong();
  private final ArrayDeque<Entry> early = new ArrayDeque<>();
  private ScheduledExecutorService loop;
  private RedisLink link;
  private StreamReader reader;
  private SessionDirectory directory;
  private String nodeId;
  private long published;
  private boolean flowing;

  StreamBackplane(RedisBackplane.Settings settings) {
    this.settings = settings;
  }

  @Override
  public boolean isClustered() {
    return true;
  }

  @Override
  public synchronized void join(BackplaneNode node) {
    if (nodeId != null) {
      throw new IllegalStateException("this backplane was joined by " + nodeId + " already");
    }
    nodeId = node.nodeId();
    loop = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "encke-redis-" + nodeId);
      thread.setDaemon(true);
      return thread;
    });
    link = new RedisLink(settings, loop, nodeId);
    directory = new SessionDirectory(settings, link, loop, nodeId);
    reader = new StreamReader(settings, link, loop, node, directory);
    link.connect(connected -> {
      flushEarly();
      reader.start();
      directory.start();
    });
  }

  @Override
  public void publish(ShippedBatch batch) {
    append(Entry.Kind.BATCH, batch.payload());
  }

  @Override
  public void sessionOpened(String sessionId, String page, String user) {
    directory.opened(sessionId);
    append(Entry.Kind.OPENED, Entry.utf8(sessionId));
  }

  @Override
  public void sessionEnded(String sessionId) {
    directory.ended(sessionId);
    append(Entry.Kind.ENDED, Entry.utf8(sessionId));
  }

  /**
   * Numbers the entry and hands it to Lettuce, in one order: the lock covers only the numbering
   * and the hand-over, which never waits on the network.
   */
  private void append(Entry.Kind kind, byte[] body) {
    synchronized (publishing) {
      // Only pushes are numbered: a lost announcement costs no page a push, and the scan of the
      // directory mends it.
      Entry entry = new Entry(nodeId, kind == Entry.Kind.BATCH ? ++published : 0, kind, body);
      if (!flowing) {
        if (early.size() < settings.pendingPublishes()) {
          early.add(entry);
        } else {
          lost(entry, "Redis has not been reached yet and " + early.size() + " entries wait");
        }
        return;
      }
      send(entry);
    }
  }

  /** What was published before Redis was first reached goes first, in its order. */
  private void flushEarly() {
    synchronized (publishing) {
      early.forEach(this::send);
      early.clear();
      flowing = true;
    }
  }

  private void send(Entry entry) {
    link.commands().async().xadd(settings.streamKey(),
        new XAddArgs().maxlen(settings.streamLength()).approximateTrimming(), entry.fields())
        .exceptionally(failure -> {
          lost(entry, failure.getMessage());
          return null;
        });
  }

  /** The other nodes will find the number missing and tell their pages to reload. */
  private void lost(Entry entry, String why) {
    long count = unsent.incrementAndGet();
    if (count == 1 || count % 1000 == 0) {
      LOG.warn("{}: {} entries could not be sent to Redis ({}); the other nodes will find {} #{}"
          + " missing and reload their pages", nodeId, count, why, entry.kind(), entry.seq());
    }
  }

  @Override
  public boolean knowsRemoteSession(String sessionId) {
    return directory.knowsRemote(sessionId);
  }

  /** Whether this node follows the stream: it receives whatever is published from now on. */
  boolean isFollowing() {
    return reader != null && reader.isFollowing();
  }

  /** Whether Redis is reachable now. */
  boolean isReachable() {
    return link != null && link.isReachable();
  }

  @Override
  public String status() {
    String address = settings.uri().replaceAll("//[^@/]*@", "//");
    if (isReachable()) {
      return address + " reachable";
    }
    return address + " unreachable: serving this node's pages only, " + unsent.get()
        + " pushes could not be sent";
  }

  @Override
  public synchronized void close() {
    if (link != null) {
      reader.stop();
      link.close();
      loop.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "RedisBackplane{" + settings.uri() + ", node " + nodeId + "}";
  }
}

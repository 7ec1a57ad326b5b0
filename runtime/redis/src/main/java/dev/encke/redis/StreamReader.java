package dev.encke.redis;

import dev.encke.spi.BackplaneNode;
import dev.encke.spi.ShippedBatch;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the cluster's stream from where it stood when the node joined: hands each batch of
 * another node to this node, in stream order, and the sessions they announce to the directory.
 * Checks each origin's numbers: one seen again is dropped (nothing twice), one skipped means
 * entries were lost (a restarted Redis, a trimmed stream) and the node's pages are told to reload.
 * Each read waits in Redis, not in a thread: the next is asked when the previous answers. State
 * is touched on the loop only.
 */
final class StreamReader {

  private static final Logger LOG = LoggerFactory.getLogger(StreamReader.class);
  private static final Duration BLOCK = Duration.ofSeconds(1);
  private static final long RETRY_MILLIS = 200;

  private final RedisBackplane.Settings settings;
  private final RedisLink link;
  private final ScheduledExecutorService loop;
  private final BackplaneNode node;
  private final SessionDirectory directory;
  private final Map<String, Long> lastSeqByOrigin = new HashMap<>();
  private volatile String lastId;
  private volatile boolean stopped;

  StreamReader(RedisBackplane.Settings settings, RedisLink link, ScheduledExecutorService loop,
      BackplaneNode node, SessionDirectory directory) {
    this.settings = settings;
    this.link = link;
    this.loop = loop;
    this.node = node;
    this.directory = directory;
  }

  /** Finds the stream's last entry, then reads what comes after it; on the loop. */
  void start() {
    link.stream().async().xrevrange(settings.streamKey(), Range.unbounded(), Limit.from(1))
        .whenCompleteAsync((last, failure) -> {
          if (stopped) {
            return;
          }
          if (failure != null) {
            loop.schedule(this::start, RETRY_MILLIS, TimeUnit.MILLISECONDS);
            return;
          }
          lastId = last.isEmpty() ? "0-0" : last.get(0).getId();
          readNext();
        }, loop);
  }

  /** Whether the reader follows the stream: from now on it sees whatever is published. */
  boolean isFollowing() {
    return lastId != null;
  }

  void stop() {
    stopped = true;
  }

  // Lettuce's xread takes its stream offsets as generic varargs; one offset is no heap pollution.
  @SuppressWarnings("unchecked")
  private void readNext() {
    if (stopped) {
      return;
    }
    link.stream().async()
        .xread(XReadArgs.Builder.block(BLOCK).count(512),
            XReadArgs.StreamOffset.from(settings.streamKey(), lastId))
        .whenCompleteAsync(this::read, loop);
  }

  private void read(List<StreamMessage<String, byte[]>> messages, Throwable failure) {
    if (stopped) {
      return;
    }
    if (failure != null) {
      LOG.debug("{}: reading the stream failed, again in {} ms", node.nodeId(), RETRY_MILLIS,
          failure);
      loop.schedule(this::readNext, RETRY_MILLIS, TimeUnit.MILLISECONDS);
      return;
    }
    if (messages != null) {
      for (StreamMessage<String, byte[]> message : messages) {
        lastId = message.getId();
        try {
          handle(Entry.read(message.getId(), message.getBody()));
        } catch (RuntimeException e) {
          LOG.warn("{}: stream entry {} not delivered", node.nodeId(), message.getId(), e);
        }
      }
    }
    readNext();
  }

  /**
   * Whether a push is new: one seen before is dropped; one after a gap tells the node's pages to
   * reload, then it is delivered.
   */
  private boolean inOrder(Entry entry) {
    Long previous = lastSeqByOrigin.get(entry.origin());
    if (previous != null && entry.seq() <= previous) {
      return false;
    }
    lastSeqByOrigin.put(entry.origin(), entry.seq());
    if (previous != null && entry.seq() != previous + 1) {
      node.missed((entry.seq() - previous - 1) + " pushes of node " + entry.origin()
          + " did not reach Redis or were gone before this node read them");
    }
    return true;
  }

  private void handle(Entry entry) {
    if (entry.origin().equals(node.nodeId())) {
      return;
    }
    if (entry.kind() == Entry.Kind.BATCH && !inOrder(entry)) {
      return;
    }
    switch (entry.kind()) {
      case BATCH -> node.receive(ShippedBatch.of(entry.origin(), entry.body()));
      case OPENED -> directory.remoteOpened(entry.bodyText(), entry.origin());
      case ENDED -> directory.remoteEnded(entry.bodyText());
    }
  }
}

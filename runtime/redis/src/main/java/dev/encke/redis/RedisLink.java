package dev.encke.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's two connections to Redis: one for commands, one that waits on the stream (a blocking
 * read would hold up every command behind it). Both connect asynchronously, again and again until
 * Redis answers; once connected, Lettuce reconnects them by itself and keeps what is sent
 * meanwhile in a bounded queue. Whether Redis is reachable is logged when it changes. Thread-safe.
 */
final class RedisLink {

  private static final Logger LOG = LoggerFactory.getLogger(RedisLink.class);
  private static final RedisCodec<String, byte[]> CODEC =
      RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

  private final ClientResources resources;
  private final RedisClient client;
  private final RedisURI uri;
  private final ScheduledExecutorService loop;
  private final String node;
  private volatile StatefulRedisConnection<String, byte[]> commands;
  private volatile StatefulRedisConnection<String, byte[]> stream;
  private volatile boolean reachable;
  private volatile boolean closed;

  RedisLink(RedisBackplane.Settings settings, ScheduledExecutorService loop, String node) {
    this.uri = RedisURI.create(settings.uri());
    this.loop = loop;
    this.node = node;
    // Back soon after Redis is: the first retry after 0.1 s, doubling up to 2 s.
    this.resources = ClientResources.builder().reconnectDelay(Delay.exponential(
        Duration.ofMillis(100), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS)).build();
    this.client = RedisClient.create(resources, uri);
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .requestQueueSize(settings.pendingPublishes())
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS)
        .build());
    client.addListener(new Reachability());
  }

  /**
   * Connects both connections, retrying every second while Redis is unreachable, then runs
   * {@code ready} on the loop once both are up.
   */
  void connect(Consumer<RedisLink> ready) {
    client.connectAsync(CODEC, uri).thenCompose(first -> {
      commands = first;
      return client.connectAsync(CODEC, uri);
    }).whenCompleteAsync((second, failure) -> {
      if (closed) {
        return;
      }
      if (failure != null) {
        if (reachable || commands == null) {
          LOG.warn("{}: Redis at {} is unreachable ({}); serving this node's pages only, trying"
              + " again every second", node, uri, failure.getMessage());
        }
        reachable = false;
        if (commands != null) {
          commands.closeAsync();
          commands = null;
        }
        loop.schedule(() -> connect(ready), 1, TimeUnit.SECONDS);
        return;
      }
      stream = second;
      reachable = true;
      LOG.info("{}: connected to Redis at {}", node, uri);
      ready.accept(this);
    }, loop);
  }

  /** The connection for commands; {@code null} until connected. */
  StatefulRedisConnection<String, byte[]> commands() {
    return commands;
  }

  /** The connection that waits on the stream; {@code null} until connected. */
  StatefulRedisConnection<String, byte[]> stream() {
    return stream;
  }

  /** Whether Redis answered last time it was asked. */
  boolean isReachable() {
    return reachable;
  }

  /** Closes the connections and the client without waiting for them. */
  void close() {
    closed = true;
    StatefulRedisConnection<String, byte[]> open = commands;
    if (open != null) {
      open.closeAsync();
    }
    open = stream;
    if (open != null) {
      open.closeAsync();
    }
    client.shutdownAsync(0, 2, TimeUnit.SECONDS)
        .whenComplete((done, failure) -> resources.shutdown(0, 2, TimeUnit.SECONDS));
  }

  /** Logs when Redis goes and comes back, once for both connections. */
  private final class Reachability implements RedisConnectionStateListener {
    @Override
    public void onRedisConnected(RedisChannelHandler<?, ?> connection, SocketAddress address) {
      if (!reachable && !closed && stream != null) {
        reachable = true;
        LOG.info("{}: Redis at {} is back; pushes of other nodes flow again", node, uri);
      }
    }

    @Override
    public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
      if (reachable && !closed) {
        reachable = false;
        LOG.warn("{}: lost Redis at {}; serving this node's pages only until it is back", node,
            uri);
      }
    }
  }
}

package dev.encke.redis;

import dev.encke.spi.Backplane;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@link Backplane} of a cluster of Encke nodes on Redis, through Lettuce's asynchronous API:
 * no thread ever waits on Redis.
 *
 * <pre>{@code
 * Encke node = Encke.builder()
 *     .backplane(RedisBackplane.builder("redis://10.0.0.5:6379").build())
 *     .browserCookieSecret(sharedSecret)
 *     .start();
 * }</pre>
 *
 * <p>Every push leaves its node once, as one entry of a Redis stream bounded to {@link
 * Builder#streamLength} entries whose ids are the cluster-wide order. Each node reads the stream
 * and delivers to the sessions it holds; a node's own pushes reach its own pages at once, without
 * Redis. Each node numbers what it publishes, so a reader that finds a number missing (Redis
 * restarted, or the reader fell further behind than the stream keeps) tells its pages to reload:
 * a loss is never silent. Sessions are announced in the stream and kept in a directory of keys
 * that expire unless their node refreshes them, so a node knows the sessions of the others.
 *
 * <p>While Redis is unreachable a node keeps serving its own pages and logs that it does; what it
 * publishes meanwhile waits in Lettuce's queue (at most {@link Builder#pendingPublishes}) and
 * goes out when Redis is back. Thread-safe.
 */
public final class RedisBackplane {

  private RedisBackplane() {}

  /** A builder for a backplane on the Redis at {@code uri}, such as {@code redis://host:6379}. */
  public static Builder builder(String uri) {
    return new Builder(uri);
  }

  /** Collects the settings of one node's backplane; not thread-safe. */
  public static final class Builder {
    private final String uri;
    private String keyPrefix = "encke";
    private long streamLength = 100_000;
    private Duration sessionTtl = Duration.ofSeconds(30);
    private int pendingPublishes = 10_000;

    private Builder(String uri) {
      Objects.requireNonNull(uri, "uri == null");
      if (!uri.startsWith("redis://") && !uri.startsWith("rediss://")) {
        throw new IllegalArgumentException("not a redis:// or rediss:// address: \"" + uri + "\"");
      }
      this.uri = uri;
    }

    /** The prefix of every key the cluster uses; {@code encke} unless set. */
    public Builder keyPrefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix == null");
      if (!prefix.matches("[A-Za-z0-9._-]+")) {
        throw new IllegalArgumentException("a key prefix is letters, digits, . _ -: \"" + prefix
            + "\"");
      }
      keyPrefix = prefix;
      return this;
    }

    /**
     * About how many pushes the stream keeps (trimmed approximately, as Redis does cheaply);
     * 100,000 unless set. A node that falls further behind tells its pages to reload.
     */
    public Builder streamLength(long entries) {
      if (entries < 100) {
        throw new IllegalArgumentException("streamLength must be at least 100: " + entries);
      }
      streamLength = entries;
      return this;
    }

    /**
     * How long a directory entry of a session lives unless its node refreshes it (a third of this,
     * each time); 30 seconds unless set. A node that dies takes its entries with it after this.
     */
    public Builder sessionTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl == null");
      if (ttl.toMillis() < 300) {
        throw new IllegalArgumentException("sessionTtl must be at least 300 ms: " + ttl);
      }
      sessionTtl = ttl;
      return this;
    }

    /** Commands that may wait for an unreachable Redis; 10,000 unless set; past it, lost. */
    public Builder pendingPublishes(int commands) {
      if (commands < 1) {
        throw new IllegalArgumentException("pendingPublishes must be at least 1: " + commands);
      }
      pendingPublishes = commands;
      return this;
    }

    /** A backplane for one node; it connects when the node joins. */
    public Backplane build() {
      return new StreamBackplane(new Settings(uri, keyPrefix, streamLength, sessionTtl,
          pendingPublishes));
    }
  }

  /** What the builder collected. */
  record Settings(String uri, String keyPrefix, long streamLength, Duration sessionTtl,
      int pendingPublishes) {
    String streamKey() {
      return keyPrefix + ":pushes";
    }

    String sessionKey(String sessionId) {
      return keyPrefix + ":session:" + sessionId;
    }

    String sessionPattern() {
      return keyPrefix + ":session:*";
    }
  }
}

package dev.encke;

import dev.encke.internal.session.OutboardPublisher;
import dev.encke.spi.Backplane;

/**
 * Pushes to pages that Encke nodes hold, from a process that serves none: a batch job, another
 * service. The outboard side of a cluster: it stands on the core and a {@link Backplane} only, no
 * server. Generated proxies and {@link Browser}'s static methods work here as on a node, and so
 * do values a page sends back and callbacks it calls, which come back to this process.
 *
 * <pre>{@code
 * try (Publisher publisher = Publisher.open(RedisBackplane.builder(redisUri).build())) {
 *   publisher.page("/share.html").run(() -> Util.setValue("price", 42));
 *   Browser.withAllSessions(() -> Effect.shake("price"));
 * }
 * }</pre>
 *
 * <p>Thread-safe; pushes never block: they leave through the backplane, in the order each thread
 * made them. Filters must be {@link DataFilter}s, for they run on the nodes.
 */
public interface Publisher extends AutoCloseable {

  /** A publisher on {@code backplane}, which it owns and closes. */
  static Publisher open(Backplane backplane) {
    return OutboardPublisher.open(backplane);
  }

  /** Every page of every node. */
  Target allSessions();

  /** The views of the page at {@code path}, on every node. */
  Target page(String path);

  /** The page view with this session id, on whichever node holds it. */
  Target session(String sessionId);

  /** Every page the user named {@code name} has open, on every node. */
  Target user(String name);

  /** Stops publishing and closes the backplane. */
  @Override
  void close();
}

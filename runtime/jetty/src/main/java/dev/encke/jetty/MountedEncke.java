package dev.encke.jetty;

import dev.encke.Encke;
import org.eclipse.jetty.server.Handler;

/**
 * Encke mounted in an application's Jetty server: its sessions and targets, as any {@link Encke},
 * and the handler to mount. {@link #port()} and {@link #uri()} name the server's first connector
 * and the context the handler is mounted under. {@link #close()} ends the sessions and leaves the
 * server running. Thread-safe.
 */
public interface MountedEncke extends Encke {

  /**
   * The handler to add to the server, once: it handles {@code /encke/} below its context and
   * declines (returns {@code false}) every other request, so that it sits in a {@code
   * Handler.Sequence} before the application's handlers.
   */
  Handler handler();
}

package dev.encke.jetty;

import dev.encke.Encke;
import dev.encke.internal.jetty.MountedJetty;
import org.eclipse.jetty.server.Server;

/**
 * Mounts Encke in an application's own Jetty 12 server, beside its handlers: the handler of
 * {@link MountedEncke#handler()} serves the client runtime and the channel under {@code /encke/}
 * of wherever it is mounted (a {@code ContextHandler} gives it a context path), passes every other
 * request on, and shares the server's threads and connectors.
 *
 * <pre>{@code
 * MountedEncke encke = EnckeJetty.mount(server, Encke.builder());
 * server.setHandler(new ContextHandler(new Handler.Sequence(encke.handler(), appHandler), "/app"));
 * server.start();
 * }</pre>
 *
 * <p>A session's {@link dev.encke.ScriptSession#user()} is the request's authenticated principal,
 * or else the name the application stored in the request's session (Jetty's {@code
 * SessionHandler}) under {@link #USER_ATTRIBUTE}. Thread-safe.
 */
public final class EnckeJetty {

  /** The session attribute whose {@code String} value names the session's user. */
  public static final String USER_ATTRIBUTE = "dev.encke.user";

  private EnckeJetty() {}

  /**
   * Encke for {@code server}, configured by {@code settings} (its host and port are the server's
   * connectors' business and are not used); add its handler to the server before it starts.
   *
   * @throws IllegalArgumentException when {@code settings} is not from {@link Encke#builder()}
   */
  public static MountedEncke mount(Server server, Encke.Builder settings) {
    return MountedJetty.mount(server, settings);
  }
}

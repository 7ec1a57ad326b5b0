package dev.encke.servlet;

import dev.encke.Encke;
import dev.encke.internal.servlet.ServletHost;
import jakarta.servlet.ServletContext;

/**
 * Adds Encke to a Jakarta Servlet 6 application (Tomcat 11, Jetty 12 ee10, any container with
 * {@code jakarta.websocket} 2.1): one asynchronous servlet under {@code /encke/*} serves the client
 * runtime and the channel, and upgrades {@code /encke/ws} through the container's {@code
 * ServerContainer}. Call {@link #register} while the application starts, from a {@code
 * ServletContainerInitializer} or a {@code ServletContextListener}:
 *
 * <pre>{@code
 * public void onStartup(Set<Class<?>> classes, ServletContext context) {
 *   Encke encke = EnckeServlets.register(context, Encke.builder().allowedHosts("app.example.com"));
 * }
 * }</pre>
 *
 * <p>Pages load {@code encke/encke.js} relative to the context. A session's {@link
 * dev.encke.ScriptSession#user()} is the request's principal, or else the name the application
 * stored in the {@code HttpSession} under {@link #USER_ATTRIBUTE}. No container thread waits: the
 * servlet goes asynchronous and reads and writes through {@code ReadListener} and {@code
 * WriteListener}, one write in flight per connection; writes that a push wakes run on a small pool
 * of Encke's own. The returned {@link Encke} is thread-safe; close it when the application stops.
 */
public final class EnckeServlets {

  /** The {@code HttpSession} attribute whose {@code String} value names the session's user. */
  public static final String USER_ATTRIBUTE = "dev.encke.user";

  private EnckeServlets() {}

  /**
   * Registers Encke in {@code context}, configured by {@code settings} (its host and port only name
   * the address {@link Encke#uri()} reports; the container decides where it listens).
   *
   * @throws IllegalArgumentException when {@code settings} is not from {@link Encke#builder()}
   * @throws IllegalStateException when the context has started already, or has a servlet named
   *     {@code encke}
   */
  public static Encke register(ServletContext context, Encke.Builder settings) {
    return ServletHost.register(context, settings);
  }
}

package dev.encke.internal.session;

import dev.encke.OverflowPolicy;
import dev.encke.ScriptSessionListener;
import dev.encke.Transport;
import java.time.Duration;
import java.util.List;

/** How the sessions of one server behave; validated by the builder. Immutable. */
public record SessionSettings(
    Duration replyTimeout,
    Duration heartbeat,
    Duration disconnectGrace,
    int maxOutboundMessages,
    long maxOutboundBytes,
    OverflowPolicy overflowPolicy,
    List<Transport> transports,
    int maxUplinkBytes,
    int maxMessagesPerSecond,
    int maxSessionsPerBrowser,
    boolean rawScriptAllowed,
    List<ScriptSessionListener> listeners) {

  public SessionSettings {
    transports = List.copyOf(transports);
    listeners = List.copyOf(listeners);
  }

  /** The defaults documented on {@code Encke.Builder}. */
  public static SessionSettings defaults() {
    return new SessionSettings(
        Duration.ofSeconds(10),
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        1_000,
        4L * 1024 * 1024,
        OverflowPolicy.RELOAD_PAGE,
        List.of(Transport.values()),
        64 * 1024,
        100,
        32,
        false,
        List.of());
  }
}

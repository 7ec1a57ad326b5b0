package dev.encke;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a server is doing, as one consistent snapshot from {@link Encke#metrics()}: its sessions by
 * transport, and how fast and how quickly its pages take their pushes.
 *
 * <p>A delivery is one batch acknowledged by one page. Its latency runs from the push (the end of
 * the {@code with…} block) to the page's acknowledgement reaching the server, less the time the
 * page says it held the acknowledgement back to coalesce it with others (docs/protocol.md, {@code
 * ack}); so it includes the page applying the batch and the acknowledgement's trip back. Rates and percentiles cover the
 * last {@link #window()}; they are zero when nothing was delivered in it. Immutable.
 *
 * @param sessions every live session, connected or within its disconnect grace
 * @param connectedByTransport connected sessions by the transport they use now
 * @param deliveries deliveries since the server started
 * @param deliveriesPerSecond deliveries per second over the window
 * @param latencyP50 median delivery latency over the window
 * @param latencyP99 99th-percentile delivery latency over the window
 * @param window how far back the rate and the percentiles look
 * @param backplane how the node reaches the other nodes of its cluster now, such as {@code
 *     in-process} or {@code redis://10.0.0.5:6379 unreachable: serving this node's pages only}
 */
public record EnckeMetrics(
    int sessions,
    Map<Transport, Integer> connectedByTransport,
    long deliveries,
    double deliveriesPerSecond,
    Duration latencyP50,
    Duration latencyP99,
    Duration window,
    String backplane) {

  public EnckeMetrics {
    connectedByTransport = Map.copyOf(connectedByTransport);
    Objects.requireNonNull(latencyP50, "latencyP50 == null");
    Objects.requireNonNull(latencyP99, "latencyP99 == null");
    Objects.requireNonNull(window, "window == null");
    Objects.requireNonNull(backplane, "backplane == null");
  }

  /** Connected sessions on {@code transport}; 0 when none. */
  public int connected(Transport transport) {
    return connectedByTransport.getOrDefault(transport, 0);
  }
}

package dev.encke.demo;

import dev.encke.Encke;
import dev.encke.EnckeMetrics;
import dev.encke.Transport;
import dev.encke.bindings.dwr.Util;
import dev.encke.demo.widgets.Charts;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The dashboard, {@code /dashboard.html}: live sessions per transport, deliveries per second and
 * delivery latency, read from {@link Encke#metrics()} once a second and drawn through Encke itself
 * in the demo's own chart widget.
 */
final class Dashboard {

  static final String PATH = "/dashboard.html";

  private final Supplier<Encke> encke;

  Dashboard(Supplier<Encke> encke) {
    this.encke = encke;
  }

  void tick() {
    EnckeMetrics metrics = encke.get().metrics();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("sessions", metrics.sessions());
    for (Transport transport : Transport.values()) {
      figures.put("connected-" + transport.wireName(), metrics.connected(transport));
    }
    figures.put("deliveries", metrics.deliveries());
    figures.put("rate", String.format(Locale.ROOT, "%.1f", metrics.deliveriesPerSecond()));
    figures.put("p50", milliseconds(metrics.latencyP50()));
    figures.put("p99", milliseconds(metrics.latencyP99()));
    encke.get().page(PATH).run(() -> {
      Util.setValues(figures);
      Charts.byId("rate-chart")
          .addPoint("deliveries/s", metrics.deliveriesPerSecond());
      Charts.byId("latency-chart")
          .addPoint("p50 ms", metrics.latencyP50().toNanos() / 1e6)
          .addPoint("p99 ms", metrics.latencyP99().toNanos() / 1e6);
    });
  }

  private static String milliseconds(Duration latency) {
    return String.format(Locale.ROOT, "%.1f ms", latency.toNanos() / 1e6);
  }
}

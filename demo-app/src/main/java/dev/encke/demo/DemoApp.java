package dev.encke.demo;

import dev.encke.Browser;
import dev.encke.Encke;
import dev.encke.bindings.dwr.Util;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The talk's share-price demo: {@code /share.html} shows a price that the server changes every
 * second with {@code Util.setValue("price", …)} inside {@code Browser.withAllSessions}.
 *
 * <p>Run it with {@code scripts/demo [--host 127.0.0.1] [--port 8080]}.
 */
public final class DemoApp implements AutoCloseable {

  private final Encke encke;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "share-price-ticker");
        thread.setDaemon(true);
        return thread;
      });
  private final SharePrice price = new SharePrice(42.00, System.nanoTime());

  private DemoApp(Encke encke) {
    this.encke = encke;
  }

  /** Starts the server, without the ticker. */
  public static DemoApp start(String host, int port) {
    return new DemoApp(Encke.builder().host(host).port(port).staticResources("web").start());
  }

  public Encke encke() {
    return encke;
  }

  /** Pushes a new price to every page once a second. */
  public void startTicker() {
    ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  private void tick() {
    String shown = String.format(Locale.ROOT, "%.2f", price.next());
    Browser.withAllSessions(() -> Util.setValue("price", shown));
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    encke.close();
  }

  public static void main(String[] args) {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(DemoOptions.USAGE);
      System.exit(2);
      return;
    }
    DemoApp app = start(options.host(), options.port());
    app.startTicker();
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "encke-demo-shutdown"));
    System.out.println("Encke demo running: " + app.encke().uri().resolve("share.html"));
    System.out.println("Press Ctrl-C to stop.");
  }
}

package dev.encke.demo;

import dev.encke.Encke;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Encke demo: the talk's share-price page, a chat room, a slow job with a progress bar and a
 * dashboard of the server itself, served from the classpath folder {@code web}; the share page's
 * trading panel is a TIBCO GI application when a GI copy is given.
 *
 * <p>Run it with {@code scripts/demo [--host 127.0.0.1] [--port 8080] [--gi-home PATH]}; Ctrl-C
 * stops it.
 */
public final class DemoApp implements AutoCloseable {

  private final ScheduledExecutorService scheduler =
      Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "encke-demo");
        thread.setDaemon(true);
        return thread;
      });
  private final Market market = new Market(System.nanoTime());
  private final SharePage share;
  private final Dashboard dashboard;
  private final Encke encke;

  private DemoApp(String host, int port, Duration jobStep, Path giHome) {
    share = new SharePage(this::encke, market);
    dashboard = new Dashboard(this::encke);
    Encke.Builder builder = Encke.builder().host(host).port(port).staticResources("web")
        .listener(share)
        .listener(new ChatRoom(this::encke, scheduler))
        .listener(new JobPage(this::encke, scheduler, jobStep));
    if (giHome != null) {
      // GI is served from where it lies, and only the page that hosts it gets GI's policy.
      builder.staticDirectory("/gi", giHome)
          .contentSecurityPolicy(SharePage.PATH, TradingPanel.contentSecurityPolicy());
    }
    encke = builder.start();
  }

  /** Starts the server without GI and without the tickers. */
  public static DemoApp start(String host, int port) {
    return start(host, port, null);
  }

  /** Starts the server, without the tickers; {@code giHome} is a TIBCO GI copy, or null. */
  public static DemoApp start(String host, int port, Path giHome) {
    return start(host, port, Duration.ofMillis(250), giHome);
  }

  static DemoApp start(String host, int port, Duration jobStep, Path giHome) {
    return new DemoApp(host, port, jobStep, giHome);
  }

  public Encke encke() {
    return encke;
  }

  Market market() {
    return market;
  }

  SharePage share() {
    return share;
  }

  Dashboard dashboard() {
    return dashboard;
  }

  /** Once a second: a new price for each symbol, and fresh figures on the dashboard. */
  public void startTickers() {
    scheduler.scheduleAtFixedRate(share::tick, 1, 1, TimeUnit.SECONDS);
    scheduler.scheduleAtFixedRate(dashboard::tick, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
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
    DemoApp app = start(options.host(), options.port(), options.giHome());
    app.startTickers();
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "encke-demo-shutdown"));
    System.out.println("Encke demo running: " + app.encke().uri());
    System.out.println("  share prices: " + app.encke().uri().resolve("share.html"));
    System.out.println("  chat room:    " + app.encke().uri().resolve("chat.html"));
    System.out.println("  async job:    " + app.encke().uri().resolve("job.html"));
    System.out.println("  dashboard:    " + app.encke().uri().resolve("dashboard.html"));
    System.out.println(options.giHome() != null
        ? "  TIBCO GI:     served from " + options.giHome()
        : "  TIBCO GI:     not given (--gi-home PATH); the share page says how to supply it");
    System.out.println("Press Ctrl-C to stop.");
  }
}

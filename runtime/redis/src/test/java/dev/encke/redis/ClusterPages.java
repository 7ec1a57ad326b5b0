package dev.encke.redis;

import dev.encke.testing.HeadlessChromium;
import dev.encke.testing.RedisServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The cluster of a test class: a real Redis, three node processes behind a {@link LoadBalancer},
 * and one Chromium with a window per page, each page at a host of its own ({@code
 * p<i>.localhost}) so that the balancer spreads them over the nodes.
 */
final class ClusterPages implements AutoCloseable {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  final RedisServer redis;
  final List<NodeProcess> nodes = new ArrayList<>();
  final LoadBalancer balancer;
  final HeadlessChromium chromium;
  private final List<String> windows = new ArrayList<>();
  private final LoginCookie logins;

  ClusterPages(int hosts) throws Exception {
    redis = RedisServer.start();
    String secret = HexFormat.of().formatHex(new byte[32]).replace('0', '7');
    logins = new LoginCookie(HexFormat.of().parseHex(secret));
    List<CompletableFuture<NodeProcess>> starting = new ArrayList<>();
    for (String name : List.of("a", "b", "c")) {
      starting.add(CompletableFuture.supplyAsync(
          () -> NodeProcess.node(name, redis.uri(), secret, hosts)));
    }
    starting.forEach(node -> nodes.add(node.join()));
    balancer = new LoadBalancer(nodes.stream().map(NodeProcess::port).toList());
    chromium = HeadlessChromium.start();
  }

  /** Opens page {@code index} at {@code path} in a new window and waits until it is connected. */
  void open(int index, String path) {
    open(index, path, null);
  }

  /**
   * As {@link #open(int, String)}, logged in as {@code user} (unless {@code null}): the page's
   * host gets the {@link LoginCookie} of that user first, as a login page would set it.
   */
  void open(int index, String path, String user) {
    WebDriver driver = chromium.driver();
    if (!windows.isEmpty()) {
      driver.switchTo().newWindow(WindowType.TAB);
    }
    windows.add(driver.getWindowHandle());
    String origin = "http://p" + index + ".localhost:" + balancer.port();
    if (user != null) {
      ((HasCdp) driver).executeCdpCommand("Network.setCookie", Map.of("name", LoginCookie.NAME,
          "value", logins.issue(user), "url", origin + "/", "httpOnly", true));
    }
    chromium.openConnected(origin + path, TIMEOUT);
  }

  /** Runs {@code script} in page {@code index} and returns what it returns. */
  Object run(int index, String script) {
    WebDriver driver = chromium.driver();
    driver.switchTo().window(windows.get(index));
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  String sessionOf(int index) {
    return (String) run(index, "return window.encke.session();");
  }

  /** The labels page {@code index} received, in order. */
  @SuppressWarnings("unchecked")
  List<String> received(int index) {
    return (List<String>) run(index, "return window.cluster.received();");
  }

  /** The node the balancer sends page {@code index} to now. */
  NodeProcess nodeOf(int index) {
    Integer port = balancer.nodeOf("p" + index + ".localhost");
    return nodes.stream().filter(node -> port != null && node.port() == port).findFirst()
        .orElseThrow(() -> new IllegalStateException("page " + index + " is on no node"));
  }

  @Override
  public void close() throws IOException {
    chromium.close();
    balancer.close();
    nodes.forEach(NodeProcess::close);
    redis.close();
  }
}

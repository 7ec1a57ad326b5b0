package dev.encke.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.Transport;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.js.Js;
import dev.encke.js.JsRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What every host owes, in real Chromium: a subclass starts one host serving the pages of the
 * classpath folder {@link #PAGES} and inherits the tests, which share that host and one browser.
 * Pages pin their transport with {@code ?encke-transport=}. The jar of this class carries {@code
 * META-INF/resources/encke/host-contract.json}, as binding jars carry their library lists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class HostContract {

  /** The classpath folder of the pages a host under test serves, at its pages' address. */
  public static final String PAGES = "encke-hosts";

  private static final JsRef PROBE = JsRef.global("probe");

  private RunningHost host;
  private HeadlessChromium chromium;

  /** A host started for the tests of one class. */
  public interface RunningHost extends AutoCloseable {

    Encke encke();

    /**
     * The address of the pages (and of {@code encke/}) when the browser names the server {@code
     * hostName}, such as {@code http://127.0.0.1:41234/app/}.
     */
    URI pages(String hostName);

    /** Stops the host and whatever it runs in. */
    @Override
    void close();
  }

  /** Starts the host under test; called once, before the first test. */
  protected abstract RunningHost startHost();

  @BeforeAll
  final void startHostAndBrowser() {
    host = startHost();
    chromium = HeadlessChromium.start();
  }

  @AfterEach
  final void leavePages() {
    chromium.leaveAllPages();
    chromium.await(BrowserPages.TIMEOUT).until(d -> host.encke().sessions().isEmpty());
  }

  @AfterAll
  final void stopHostAndBrowser() {
    if (chromium != null) {
      chromium.close();
    }
    if (host != null) {
      host.close();
    }
  }

  protected final RunningHost host() {
    return host;
  }

  protected final HeadlessChromium chromium() {
    return chromium;
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void pushesReachThePageInOrderAndItsAcknowledgementsComeBack(Transport transport) {
    ScriptSession session = open("127.0.0.1", "probe.html?encke-transport="
        + transport.wireName());
    assertThat(chromium.driver().findElement(By.tagName("html"))
        .getAttribute("data-encke-transport")).isEqualTo(transport.wireName());
    String hostile = "</script><img src=x onerror=alert(1)>\u2028'\"";
    StringBuilder expected = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      int n = i;
      host.encke().session(session.id()).run(() -> Js.call(PROBE, "append", "out", n + ","));
      expected.append(n).append(',');
    }
    host.encke().allSessions().run(() -> Js.call(PROBE, "append", "out", hostile));
    expected.append(hostile);

    chromium.await(BrowserPages.TIMEOUT).until(d -> text(d).equals(expected.toString()));
    assertThat(chromium.driver().findElement(By.id("out")).findElements(By.tagName("img")))
        .isEmpty();
    assertThat(session.transport()).contains(transport);
    assertThat(session.page()).isEqualTo("/probe.html");
    DefaultScriptSession core = (DefaultScriptSession) session;
    chromium.await(BrowserPages.TIMEOUT).until(d -> core.backlog().acknowledged() == 11
        && core.backlog().messages() == 0);
  }

  @Test
  void aWebSocketUpgradeFromAForeignOriginIsRefusedWithAnHttpAnswer() {
    String status = upgradeStatus("127.0.0.1", "https://evil.example");
    assertThat(status).startsWith("HTTP/1.1 403");
  }

  @Test
  void aWebSocketUpgradeForAHostTheServerDoesNotAnswerAsIsRefusedWith421() {
    String status = upgradeStatus("rebound.example", "http://rebound.example");
    assertThat(status).startsWith("HTTP/1.1 421");
  }

  @Test
  void aFileAJarCarriesUnderMetaInfResourcesEnckeIsServed() {
    chromium.driver().get(host.pages("127.0.0.1").resolve("encke/host-contract.json").toString());
    assertThat(chromium.driver().getPageSource()).contains("META-INF/resources/encke of a jar");
  }

  /** Opens {@code page} below {@link RunningHost#pages} in the current window; its session. */
  protected final ScriptSession open(String hostName, String page) {
    Set<String> before = new HashSet<>();
    host.encke().sessions().forEach(session -> before.add(session.id()));
    chromium.openConnected(host.pages(hostName).resolve(page).toString(), BrowserPages.TIMEOUT);
    chromium.await(BrowserPages.TIMEOUT).until(d -> host.encke().sessions().stream()
        .anyMatch(s -> !before.contains(s.id())));
    return host.encke().sessions().stream().filter(s -> !before.contains(s.id()))
        .findFirst().orElseThrow();
  }

  /** The text the page's {@code out} element shows. */
  protected static String text(WebDriver driver) {
    return (String) ((JavascriptExecutor) driver)
        .executeScript("return document.getElementById('out').textContent");
  }

  /** Pushes {@code text} to every page of {@code user}. */
  protected static void appendFor(Encke encke, String user, String text) {
    encke.user(user).run(() -> Js.call(PROBE, "append", "out", text));
  }

  /** The status line a raw WebSocket upgrade of {@code encke/ws} gets. */
  private String upgradeStatus(String hostHeader, String origin) {
    URI ws = host.pages("127.0.0.1").resolve("encke/ws");
    try (Socket socket = new Socket(ws.getHost(), ws.getPort())) {
      socket.setSoTimeout((int) BrowserPages.TIMEOUT.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + ws.getRawPath() + " HTTP/1.1\r\n"
          + "Host: " + hostHeader + ":" + ws.getPort() + "\r\n"
          + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
          + "Origin: " + origin + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return firstLine(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot send an upgrade to " + ws, e);
    }
  }

  private static String firstLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
      line.append((char) c);
    }
    return line.toString().trim();
  }
}

package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.testing.BrowserPages;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class DashboardBrowserTest {

  private static final DemoApp APP = DemoApp.start("127.0.0.1", 0, Duration.ofMillis(50));

  @RegisterExtension
  static final BrowserPages pages = BrowserPages.using(APP::encke);

  @AfterAll
  static void stop() {
    APP.close();
  }

  @Test
  void theDashboardCountsTheSessionsTheTestOpenedByTransport() {
    pages.open("share.html");
    pages.openInNewWindow("share.html?encke-transport=sse");
    pages.openInNewWindow("chat.html?encke-transport=poll");
    pages.openInNewWindow("dashboard.html");
    WebDriver driver = pages.driver();

    pages.await().until(d -> {
      APP.dashboard().tick();
      return text(d, "sessions").equals("4") && text(d, "connected-ws").equals("2")
          && text(d, "connected-sse").equals("1") && text(d, "connected-poll").equals("1")
          && text(d, "connected-stream").equals("0");
    });
    pages.await().until(d -> {
      APP.dashboard().tick();
      return d.findElements(By.cssSelector("#rate-chart polyline")).size() == 1
          && d.findElements(By.cssSelector("#latency-chart polyline")).size() == 2;
    });
    pages.screenshot("dashboard");
    assertThat(Long.parseLong(text(driver, "deliveries"))).isPositive();
    assertThat(text(driver, "p99")).matches("\\d+\\.\\d ms");
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }
}

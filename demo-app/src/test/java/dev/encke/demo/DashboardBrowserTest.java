package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class DashboardBrowserTest {

  @RegisterExtension
  static final DemoBrowser demo = new DemoBrowser();

  @Test
  void theDashboardCountsTheSessionsTheTestOpenedByTransport() {
    demo.open("share.html");
    demo.openInNewWindow("share.html?encke-transport=sse");
    demo.openInNewWindow("chat.html?encke-transport=poll");
    demo.openInNewWindow("dashboard.html");
    WebDriver driver = demo.driver();

    demo.await().until(d -> {
      demo.app().dashboard().tick();
      return text(d, "sessions").equals("4") && text(d, "connected-ws").equals("2")
          && text(d, "connected-sse").equals("1") && text(d, "connected-poll").equals("1")
          && text(d, "connected-stream").equals("0");
    });
    demo.await().until(d -> {
      demo.app().dashboard().tick();
      return d.findElements(By.cssSelector("#rate-chart polyline")).size() == 1
          && d.findElements(By.cssSelector("#latency-chart polyline")).size() == 2;
    });
    demo.screenshot("dashboard");
    assertThat(Long.parseLong(text(driver, "deliveries"))).isPositive();
    assertThat(text(driver, "p99")).matches("\\d+\\.\\d ms");
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }
}

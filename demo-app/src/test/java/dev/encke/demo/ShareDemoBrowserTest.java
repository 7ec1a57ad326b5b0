package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.bindings.dwr.Util;
import dev.encke.testing.HeadlessChromium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

class ShareDemoBrowserTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private static DemoApp app;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void start() {
    app = DemoApp.start("127.0.0.1", 0);
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (app != null) {
      app.close();
    }
  }

  @AfterEach
  void closeExtraWindows() {
    WebDriver driver = chromium.driver();
    List<String> handles = new ArrayList<>(driver.getWindowHandles());
    for (String handle : handles.subList(1, handles.size())) {
      driver.switchTo().window(handle).close();
    }
    driver.switchTo().window(handles.get(0)).get("about:blank");
    chromium.await(TIMEOUT).until(d -> app.encke().sessions().isEmpty());
  }

  @Test
  void aPushedPriceAppearsInTwoBrowserWindows() {
    List<String> windows = openShareInTwoWindows();

    app.encke().withAllSessions(() -> Util.setValue("price", "123.45"));

    for (String window : windows) {
      WebDriver driver = chromium.driver().switchTo().window(window);
      chromium.await(TIMEOUT).until(d -> price(d).equals("123.45"));
    }
  }

  @Test
  void aHostilePriceIsShownAsTextAndOpensNoAlert() {
    String hostile = "</script><img src=x onerror=alert(1)>";
    List<String> windows = openShareInTwoWindows();

    app.encke().withAllSessions(() -> Util.setValue("price", hostile));

    for (String window : windows) {
      WebDriver driver = chromium.driver().switchTo().window(window);
      chromium.await(TIMEOUT).until(d -> price(d).equals(hostile));
      assertThat(driver.findElement(By.id("price")).findElements(By.tagName("img"))).isEmpty();
      assertNoAlert(driver);
    }
  }

  private static List<String> openShareInTwoWindows() {
    WebDriver driver = chromium.driver();
    String share = app.encke().uri().resolve("share.html").toString();
    driver.get(share);
    String first = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.WINDOW).get(share);
    String second = driver.getWindowHandle();
    chromium.await(TIMEOUT).until(d -> app.encke().sessions().size() == 2
        && app.encke().sessions().stream().allMatch(s -> s.isConnected()));
    return List.of(first, second);
  }

  private static String price(WebDriver driver) {
    return driver.findElement(By.id("price")).getText();
  }

  private static void assertNoAlert(WebDriver driver) {
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // The markup stayed text.
    }
  }
}

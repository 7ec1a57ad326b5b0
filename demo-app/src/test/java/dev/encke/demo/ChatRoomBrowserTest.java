package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.testing.BrowserPages;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

class ChatRoomBrowserTest {

  private static final DemoApp APP = DemoApp.start("127.0.0.1", 0, Duration.ofMillis(50));

  @RegisterExtension
  static final BrowserPages pages = BrowserPages.using(APP::encke);

  @AfterAll
  static void stop() {
    APP.close();
  }

  @Test
  void aMessageTypedInOneBrowserAppearsInTheOtherAndLeavingUpdatesWhoIsOnline() {
    WebDriver driver = pages.driver();
    pages.open("chat.html");
    String first = driver.getWindowHandle();
    pages.await().until(d -> !text(d, "me").equals("…"));
    String firstName = text(driver, "me");
    pages.openInNewWindow("chat.html");
    String second = driver.getWindowHandle();
    pages.await().until(d -> text(d, "count").equals("2"));
    String secondName = text(driver, "me");

    driver.switchTo().window(first);
    driver.findElement(By.id("message")).sendKeys("<b>hello</b> from the first", Keys.ENTER);
    driver.switchTo().window(second);

    pages.await().until(d -> text(d, "messages").equals(firstName + ": <b>hello</b> from the first"));
    assertThat(driver.findElements(By.cssSelector("#messages b"))).isEmpty();
    driver.findElement(By.id("message")).sendKeys("hi back");
    driver.findElement(By.id("send")).click();
    pages.await().until(d -> text(d, "messages").endsWith(secondName + ": hi back"));
    pages.screenshot("chat");
    driver.switchTo().window(first);
    pages.await().until(d -> text(d, "messages").endsWith(secondName + ": hi back")
        && d.findElement(By.id("message")).getAttribute("value").isEmpty());

    driver.switchTo().window(second).close();
    driver.switchTo().window(first);
    pages.await().until(d -> text(d, "count").equals("1") && text(d, "online").equals(firstName));
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }
}

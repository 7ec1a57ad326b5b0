package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

class ChatRoomBrowserTest {

  @RegisterExtension
  static final DemoBrowser demo = new DemoBrowser();

  @Test
  void aMessageTypedInOneBrowserAppearsInTheOtherAndLeavingUpdatesWhoIsOnline() {
    WebDriver driver = demo.driver();
    demo.open("chat.html");
    String first = driver.getWindowHandle();
    demo.await().until(d -> !text(d, "me").equals("…"));
    String firstName = text(driver, "me");
    demo.openInNewWindow("chat.html");
    String second = driver.getWindowHandle();
    demo.await().until(d -> text(d, "count").equals("2"));
    String secondName = text(driver, "me");

    driver.switchTo().window(first);
    driver.findElement(By.id("message")).sendKeys("<b>hello</b> from the first", Keys.ENTER);
    driver.switchTo().window(second);

    demo.await().until(d -> text(d, "messages").equals(firstName + ": <b>hello</b> from the first"));
    assertThat(driver.findElements(By.cssSelector("#messages b"))).isEmpty();
    driver.findElement(By.id("message")).sendKeys("hi back");
    driver.findElement(By.id("send")).click();
    demo.await().until(d -> text(d, "messages").endsWith(secondName + ": hi back"));
    demo.screenshot("chat");
    driver.switchTo().window(first);
    demo.await().until(d -> text(d, "messages").endsWith(secondName + ": hi back")
        && d.findElement(By.id("message")).getAttribute("value").isEmpty());

    driver.switchTo().window(second).close();
    driver.switchTo().window(first);
    demo.await().until(d -> text(d, "count").equals("1") && text(d, "online").equals(firstName));
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }
}

package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.bindings.dwr.Util;
import dev.encke.testing.BrowserPages;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

class SharePageBrowserTest {

  private static final DemoApp APP = DemoApp.start("127.0.0.1", 0, Duration.ofMillis(50));

  @RegisterExtension
  static final BrowserPages pages = BrowserPages.using(APP::encke);

  @AfterAll
  static void stop() {
    APP.close();
  }

  @Test
  void twoPagesWatchingDifferentSymbolsEachGetOnlyTheirOwnAndABigMoveShakes() {
    WebDriver driver = pages.driver();
    ScriptSession acme = pages.open("share.html");
    String acmeWindow = driver.getWindowHandle();
    ScriptSession globex = pages.openInNewWindow("share.html");
    String globexWindow = driver.getWindowHandle();
    new Select(driver.findElement(By.id("symbol"))).selectByValue("GLOBEX");
    pages.await().until(d -> globex.attribute(SharePage.SYMBOL).orElse("").equals("GLOBEX"));

    APP.market().jump("ACME", 0.05);
    APP.share().tick();

    String acmePrice = APP.market().quote("ACME").priceText();
    String globexPrice = APP.market().quote("GLOBEX").priceText();
    pages.await().until(d -> text(d, "price").equals(globexPrice)
        && text(d, "company").equals("Globex Corporation"));
    pages.screenshot("share");
    assertThat(text(driver, "change")).doesNotContain("+5.00%");
    driver.switchTo().window(acmeWindow);
    pages.await().until(d -> text(d, "price").equals(acmePrice)
        && text(d, "change").equals("+5.00%"));
    assertThat(acme.attribute(SharePage.SYMBOL)).contains("ACME");
    pages.await().until(d -> d.findElement(By.id("price")).getCssValue("left").matches(
        "-?[1-9][0-9.]*px"));
    driver.switchTo().window(globexWindow);
    assertThat(driver.findElement(By.id("price")).getAttribute("style")).doesNotContain("left");
  }

  @Test
  void theAnalystNoteArrivesInTheDijitEditor() {
    pages.open("share.html");

    for (int i = 0; i < 5; i++) {
      APP.share().tick();
    }

    pages.await().until(d -> editorText(d).contains("Analyst note"));
    assertThat(editorText(pages.driver())).contains("ACME").contains("GLOBEX").contains("INITECH");
  }

  @Test
  void withoutGeneralInterfaceThePageSaysSoPlainly() {
    pages.open("share.html");

    assertThat(pages.driver().findElement(By.id("gi-note")).isDisplayed()).isTrue();
    assertThat(text(pages.driver(), "gi-note"))
        .contains("cannot be obtained from any package registry");
  }

  @Test
  void aHostilePriceIsShownAsTextAndOpensNoAlert() {
    String hostile = "</script><img src=x onerror=alert(1)>";
    pages.open("share.html");
    pages.openInNewWindow("share.html");

    APP.encke().page(SharePage.PATH).run(() -> Util.setValue("price", hostile));

    for (String window : pages.driver().getWindowHandles()) {
      WebDriver driver = pages.driver().switchTo().window(window);
      pages.await().until(d -> text(d, "price").equals(hostile));
      assertThat(driver.findElement(By.id("price")).findElements(By.tagName("img"))).isEmpty();
      assertNoAlert(driver);
    }
  }

  private static String text(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private static String editorText(WebDriver driver) {
    driver.switchTo().frame(driver.findElement(By.cssSelector("#note iframe")));
    try {
      return driver.findElement(By.tagName("body")).getText();
    } finally {
      driver.switchTo().defaultContent();
    }
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

package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.bindings.dwr.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

class SharePageBrowserTest {

  @RegisterExtension
  static final DemoBrowser demo = new DemoBrowser();

  @Test
  void twoPagesWatchingDifferentSymbolsEachGetOnlyTheirOwnAndABigMoveShakes() {
    WebDriver driver = demo.driver();
    ScriptSession acme = demo.open("share.html");
    String acmeWindow = driver.getWindowHandle();
    ScriptSession globex = demo.openInNewWindow("share.html");
    String globexWindow = driver.getWindowHandle();
    new Select(driver.findElement(By.id("symbol"))).selectByValue("GLOBEX");
    demo.await().until(d -> globex.attribute(SharePage.SYMBOL).orElse("").equals("GLOBEX"));

    demo.app().market().jump("ACME", 0.05);
    demo.app().share().tick();

    String acmePrice = demo.app().market().quote("ACME").priceText();
    String globexPrice = demo.app().market().quote("GLOBEX").priceText();
    demo.await().until(d -> text(d, "price").equals(globexPrice)
        && text(d, "company").equals("Globex Corporation"));
    demo.screenshot("share");
    assertThat(text(driver, "change")).doesNotContain("+5.00%");
    driver.switchTo().window(acmeWindow);
    demo.await().until(d -> text(d, "price").equals(acmePrice)
        && text(d, "change").equals("+5.00%"));
    assertThat(acme.attribute(SharePage.SYMBOL)).contains("ACME");
    demo.await().until(d -> d.findElement(By.id("price")).getCssValue("left").matches(
        "-?[1-9][0-9.]*px"));
    driver.switchTo().window(globexWindow);
    assertThat(driver.findElement(By.id("price")).getAttribute("style")).doesNotContain("left");
  }

  @Test
  void theAnalystNoteArrivesInTheDijitEditor() {
    demo.open("share.html");

    for (int i = 0; i < 5; i++) {
      demo.app().share().tick();
    }

    demo.await().until(d -> editorText(d).contains("Analyst note"));
    assertThat(editorText(demo.driver())).contains("ACME").contains("GLOBEX").contains("INITECH");
  }

  @Test
  void withoutGeneralInterfaceThePageSaysSoPlainly() {
    demo.open("share.html");

    assertThat(demo.driver().findElement(By.id("gi-note")).isDisplayed()).isTrue();
    assertThat(text(demo.driver(), "gi-note"))
        .contains("cannot be obtained from any package registry");
  }

  @Test
  void aHostilePriceIsShownAsTextAndOpensNoAlert() {
    String hostile = "</script><img src=x onerror=alert(1)>";
    demo.open("share.html");
    demo.openInNewWindow("share.html");

    demo.app().encke().page(SharePage.PATH).run(() -> Util.setValue("price", hostile));

    for (String window : demo.driver().getWindowHandles()) {
      WebDriver driver = demo.driver().switchTo().window(window);
      demo.await().until(d -> text(d, "price").equals(hostile));
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

package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.bindings.dwr.Util;
import dev.encke.testing.DomTimeline;
import dev.encke.testing.HostileMarkup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

class SharePageBrowserTest {

  @RegisterExtension
  static final DemoBrowser demo = new DemoBrowser();

  @Test
  void twoPagesWatchingDifferentSymbolsEachGetOnlyTheirOwnAndABigMoveShakes() {
    WebDriver driver = demo.driver();
    ScriptSession acme = demo.open("share.html");
    String acmeWindow = driver.getWindowHandle();
    DomTimeline acmePage = DomTimeline.record(driver, "body");
    ScriptSession globex = demo.openInNewWindow("share.html");
    new Select(driver.findElement(By.id("symbol"))).selectByValue("GLOBEX");
    demo.await().until(d -> globex.attribute(SharePage.SYMBOL).orElse("").equals("GLOBEX")
        && text(d, "company").equals("Globex Corporation"));
    DomTimeline globexPage = DomTimeline.record(driver, "body");

    demo.app().market().jump("ACME", 0.05);
    demo.app().share().tick();

    String acmePrice = demo.app().market().quote("ACME").priceText();
    String globexPrice = demo.app().market().quote("GLOBEX").priceText();
    demo.await().until(d -> text(d, "price").equals(globexPrice));
    demo.screenshot("share");
    demo.await().until(d -> Long.valueOf(0).equals(((JavascriptExecutor) d)
        .executeScript("return Effect.Queue.effects.length")));
    assertThat(statesOf(globexPage, "price")).extracting(DomTimeline.Node::text)
        .doesNotContain(acmePrice);
    assertThat(statesOf(globexPage, "change")).extracting(DomTimeline.Node::text)
        .doesNotContain("+5.00%");
    assertThat(statesOf(globexPage, "price")).allMatch(state -> state.pixels("left") == 0,
        "never moved by a shake");
    driver.switchTo().window(acmeWindow);
    demo.await().until(d -> text(d, "price").equals(acmePrice)
        && text(d, "change").equals("+5.00%"));
    assertThat(acme.attribute(SharePage.SYMBOL)).contains("ACME");
    demo.await().until(d -> statesOf(acmePage, "price").stream()
        .anyMatch(state -> state.pixels("left") != 0));
  }

  /** The states the element named {@code id} was seen in by {@code timeline}, oldest first. */
  private static List<DomTimeline.Node> statesOf(DomTimeline timeline, String id) {
    return timeline.states().stream().filter(node -> id.equals(node.id())).toList();
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
  void withoutGeneralInterfaceThePanelSaysHowToSupplyItAndThePageStillWorks() {
    demo.open("share.html");

    assertThat(demo.driver().findElement(By.id("gi-note")).isDisplayed()).isTrue();
    assertThat(text(demo.driver(), "gi-note")).contains("on no package registry")
        .contains("scripts/demo --gi-home PATH").contains("../shared/vendor/gi-3.9.1");
    assertThat(demo.driver().findElement(By.tagName("html"))
        .getAttribute("data-encke-libraries")).isEqualTo("failed");
    demo.app().share().tick();
    String price = demo.app().market().quote("ACME").priceText();
    demo.await().until(d -> text(d, "price").equals(price));
  }

  @Test
  void aHostilePriceIsShownAsTextAndRunsNothingEvenWithoutCsp() {
    demo.chromium().ignoreContentSecurityPolicy();
    demo.open("share.html");
    demo.driver().switchTo().newWindow(WindowType.WINDOW);
    demo.chromium().ignoreContentSecurityPolicy();
    demo.open("share.html");

    demo.app().encke().page(SharePage.PATH).run(
        () -> Util.setValue("price", HostileMarkup.PAYLOAD));

    for (String window : demo.driver().getWindowHandles()) {
      WebDriver driver = demo.driver().switchTo().window(window);
      demo.await().until(d -> HostileMarkup.PAYLOAD.equals(((JavascriptExecutor) d)
          .executeScript("return document.getElementById('price').textContent")));
      assertThat(driver.findElement(By.id("price")).findElements(By.tagName("img"))).isEmpty();
      HostileMarkup.assertNeverRan(driver, demo.await());
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

}

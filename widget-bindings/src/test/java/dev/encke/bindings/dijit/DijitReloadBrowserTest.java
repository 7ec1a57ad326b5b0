package dev.encke.bindings.dijit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.bindings.WidgetBrowser;
import dev.encke.bindings.dijit.form.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A Dijit page opened again and again, its modules cached: Dojo's parser then finishes at once and
 * hands back a promise that resolves to itself, which froze such pages while Encke's library loader
 * adopted the values of the promises it waits for.
 */
class DijitReloadBrowserTest {

  private static final int OPENINGS = 6;

  @RegisterExtension
  static final WidgetBrowser browser = WidgetBrowser.serving();

  @Test
  void aPageWhoseWidgetsAreParsedAtOnceConnectsEveryTimeItIsOpened() {
    for (int opening = 1; opening <= OPENINGS; opening++) {
      String label = "Buy " + opening;
      ScriptSession page = browser.open("dijit-cached.html");

      browser.encke().withSession(page.id(),
          () -> Dijit.byId("buy", Button.class).setLabel(label));

      browser.await(d -> label.equals(
          d.findElement(By.cssSelector("#buy .dijitButtonText")).getText()));
      assertThat(browser.encke().sessions()).hasSize(1);
      browser.leaveAll();
    }
  }
}

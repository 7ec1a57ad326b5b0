package dev.encke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.testing.BrowserPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A library whose manifest names a "ready" promise holds the page's hello until the promise
 * settles, as TIBCO GI's library does until GI has painted its applications.
 */
class LibraryReadyBrowserTest {

  @RegisterExtension
  static final BrowserPages pages = BrowserPages.serving("web");

  @Test
  void thePageSaysHelloOnlyOnceItsLibraryIsReady() {
    pages.driver().get(pages.encke().uri().resolve("later.html").toString());
    // Once later.js has run and the document is complete, a loader that did not wait would
    // already have said hello: it does so in the same task as the script's load event.
    pages.await().until(d -> Boolean.TRUE.equals(script(
        "return window.later !== undefined && document.readyState === 'complete'")));

    assertThat(script("return document.documentElement.getAttribute('data-encke')")).isNull();
    assertThat(script("return document.documentElement.getAttribute('data-encke-libraries')"))
        .isEqualTo("loading");
    assertThat(pages.encke().sessions()).isEmpty();

    pages.driver().findElement(By.id("finish")).click();

    pages.await().until(d -> !pages.encke().sessions().isEmpty());
    assertThat(script("return window.later.helloBeforeReady")).isEqualTo(false);
    assertThat(script("return document.documentElement.getAttribute('data-encke-libraries')"))
        .isEqualTo("loaded");
  }

  @Test
  void aReadyValueThatIsNoPromiseFailsTheLibraryAndThePageStillConnects() {
    pages.open("not-ready.html");

    assertThat(script("return document.documentElement.getAttribute('data-encke-libraries')"))
        .isEqualTo("failed");
  }

  private static Object script(String script) {
    return ((JavascriptExecutor) pages.driver()).executeScript(script);
  }
}

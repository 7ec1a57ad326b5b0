package dev.encke.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;

/**
 * What a host that knows the application's users owes besides {@link HostContract}: a page's
 * session carries the user of its HTTP session, and {@code Encke.user(name)} reaches every tab of
 * that user and no other. The host's application answers {@code login?user=NAME} below the pages'
 * address by storing NAME as the user of the browser's HTTP session. Two users come from one
 * browser by naming the server twice ({@code 127.0.0.1} and {@code localhost}): cookies are kept
 * per host name.
 */
public abstract class UserHostContract extends HostContract {

  @Test
  void aPushToAUserReachesEveryTabOfThatUserAndNoTabOfAnother() {
    chromium().driver().get(host().pages("127.0.0.1").resolve("login?user=alice").toString());
    ScriptSession aliceFirst = open("127.0.0.1", "probe.html");
    chromium().driver().switchTo().newWindow(WindowType.TAB);
    ScriptSession aliceSecond = open("127.0.0.1", "probe.html");
    chromium().driver().switchTo().newWindow(WindowType.TAB);
    chromium().driver().get(host().pages("localhost").resolve("login?user=bob").toString());
    ScriptSession bob = open("localhost", "probe.html");
    assertThat(aliceFirst.user()).contains("alice");
    assertThat(aliceSecond.user()).contains("alice");
    assertThat(bob.user()).contains("bob");

    appendFor(host().encke(), "alice", "for alice;");
    appendFor(host().encke(), "bob", "for bob;");

    // Bob's tab applies in order: had alice's push reached it, it would show before bob's.
    chromium().await(BrowserPages.TIMEOUT).until(d -> text(d).equals("for bob;"));
    for (String handle : chromium().driver().getWindowHandles()) {
      chromium().driver().switchTo().window(handle);
      if (!chromium().driver().getCurrentUrl().contains("localhost")) {
        chromium().await(BrowserPages.TIMEOUT).until(d -> text(d).equals("for alice;"));
      }
    }
  }
}

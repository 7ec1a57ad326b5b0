package dev.encke.bindings.scriptaculous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.ScriptSession;
import dev.encke.bindings.WidgetBrowser;
import dev.encke.bindings.dwr.Util;
import dev.encke.testing.DomTimeline;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The script.aculo.us binding on the real Prototype 1.7.3 and effects.js 1.9 in Chromium: each
 * effect is watched in the inline styles script.aculo.us writes while it runs, as recorded in the
 * page by a {@link DomTimeline}, so a busy machine cannot make the test miss a frame. The page is
 * opened once; each test drives its own element.
 */
class EffectBrowserTest {

  @RegisterExtension
  static final WidgetBrowser browser = WidgetBrowser.serving();

  private static ScriptSession page;

  @BeforeAll
  static void openPage() {
    page = browser.open("scriptaculous.html");
  }

  private static void push(Runnable calls) {
    browser.encke().withSession(page.id(), calls);
  }

  private static String style(String id) {
    return String.valueOf(browser.element(id).getDomAttribute("style"));
  }

  /** Records every style the element named {@code id} takes from now on. */
  private static DomTimeline watch(String id) {
    return DomTimeline.record(browser.driver(), "#" + id);
  }

  /** The states the element named {@code id} was seen in, oldest first. */
  private static List<DomTimeline.Node> statesOf(DomTimeline timeline, String id) {
    return timeline.states().stream().filter(node -> id.equals(node.id())).toList();
  }

  /**
   * Whether the effect has finished by hiding the element; a size near zero is not enough, since
   * an effect started before that would race the one still ending.
   */
  private static boolean hiddenByTheEffect(String id) {
    return style(id).contains("display: none");
  }

  @Test
  void theTalksShakeMovesThePriceFromSideToSideAndBack() {
    DomTimeline price = watch("price");

    push(() -> Effect.shake("price", new ShakeOptions().withDistance(30).withDuration(1.5)));

    browser.await(d -> {
      List<DomTimeline.Node> states = statesOf(price, "price");
      return states.stream().anyMatch(state -> state.pixels("left") > 5)
          && states.stream().anyMatch(state -> state.pixels("left") < -5)
          && states.get(states.size() - 1).pixels("left") == 0;
    });
    assertThat(browser.text("price")).isEqualTo("42");
  }

  @Test
  void aHighlightStartsFromTheGivenColourAndRestoresTheBackground() {
    DomTimeline glow = watch("glow");

    push(() -> Effect.highlight("glow", new HighlightOptions().withStartcolor("#ff0000")
        .withRestorecolor("#ffffff").withDuration(1.5)));

    browser.await(d -> statesOf(glow, "glow").stream().map(state -> state.style("background-color"))
        .anyMatch(colour -> colour.startsWith("rgb(255, ") && !colour.equals("rgb(255, 255, 255)")));
    browser.await(d -> browser.element("glow").getCssValue("background-color")
        .equals("rgba(255, 255, 255, 1)"));
  }

  @Test
  void fadeHidesTheElementAndAppearBringsItBack() {
    DomTimeline ghost = watch("ghost");

    push(() -> Effect.fade("ghost", new EffectOptions().withDuration(0.4)));

    browser.await(d -> hiddenByTheEffect("ghost"));
    assertThat(statesOf(ghost, "ghost")).extracting(state -> state.style("opacity"))
        .anyMatch(opacity -> !opacity.isEmpty() && Double.parseDouble(opacity) < 1);

    push(() -> Effect.appear("ghost", new EffectOptions().withDuration(0.4)));

    browser.await(d -> browser.element("ghost").isDisplayed()
        && "1".equals(browser.element("ghost").getCssValue("opacity")));
  }

  @Test
  void blindUpRollsTheElementAwayAndBlindDownRollsItOut() {
    push(() -> Effect.blindUp("blind", new EffectOptions().withDuration(0.4)));

    browser.await(d -> hiddenByTheEffect("blind"));

    push(() -> Effect.blindDown("blind", new EffectOptions().withDuration(0.4)));

    browser.await(d -> browser.element("blind").isDisplayed()
        && browser.element("blind").getSize().getHeight() == 40);
  }

  @Test
  void morphChangesTheStyleGraduallyToTheOneGiven() {
    DomTimeline morph = watch("morph");

    push(() -> Effect.morph("morph", "width: 300px; background-color: #0000ff",
        new EffectOptions().withDuration(0.6)));

    browser.await(d -> browser.element("morph").getSize().getWidth() == 300
        && browser.element("morph").getCssValue("background-color").equals("rgba(0, 0, 255, 1)"));
    assertThat(statesOf(morph, "morph")).extracting(state -> state.pixels("width"))
        .anyMatch(width -> width > 120 && width < 300);

    push(() -> Effect.morph("morph", Map.of("width", "120px"),
        new EffectOptions().withDuration(0.3)));

    browser.await(d -> browser.element("morph").getSize().getWidth() == 120);
  }

  @Test
  void aPulsateEndsWithTheServerCallbackWhichAnswersThePage() {
    AtomicInteger pulses = new AtomicInteger();
    DomTimeline price = watch("price");

    push(() -> Effect.pulsate("price", new PulsateOptions().withPulses(2).withDuration(0.8)
        .withAfterFinish(() -> Util.setValue("out", "pulsed " + pulses.incrementAndGet()))));

    browser.await(d -> browser.text("out").equals("pulsed 1"));
    assertThat(statesOf(price, "price")).extracting(state -> state.style("opacity"))
        .anyMatch(opacity -> !opacity.isEmpty() && Double.parseDouble(opacity) < 1);
    assertThat(pulses).hasValue(1);
  }
}

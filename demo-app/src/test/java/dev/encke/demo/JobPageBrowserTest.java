package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.testing.DomTimeline;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class JobPageBrowserTest {

  @RegisterExtension
  static final DemoBrowser demo = new DemoBrowser();

  @Test
  void theProgressBarAdvancesAndAToastSaysWhenTheJobIsDone() {
    demo.open("job.html");
    WebDriver driver = demo.driver();
    DomTimeline page = DomTimeline.record(driver, "body");

    driver.findElement(By.id("start")).click();

    DomTimeline.Node toast = demo.await().until(d -> page.changes().stream()
        .map(DomTimeline.Change::added)
        .filter(node -> node != null && node.className().contains("dwr-toast"))
        .findFirst().orElse(null));
    demo.screenshot("job");
    assertThat(toast.text()).isEqualTo("Your report is ready");
    List<Double> progress = page.states().stream().filter(state -> state.id().equals("progress"))
        .map(state -> state.attributes().getOrDefault("aria-valuenow", ""))
        .filter(value -> !value.isEmpty()).map(Double::valueOf).distinct().toList();
    assertThat(progress).isSorted().contains(100.0).anyMatch(value -> value > 0 && value < 100);
    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Done");
  }
}

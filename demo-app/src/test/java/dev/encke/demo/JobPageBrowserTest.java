package dev.encke.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
    List<Double> seen = new ArrayList<>();

    driver.findElement(By.id("start")).click();

    demo.await().until(d -> {
      seen.add(progress(d));
      return !d.findElements(By.cssSelector(".dwr-toast")).isEmpty();
    });
    demo.screenshot("job");
    assertThat(driver.findElement(By.cssSelector(".dwr-toast")).getText())
        .isEqualTo("Your report is ready");
    assertThat(progress(driver)).isEqualTo(100.0);
    assertThat(seen).anyMatch(value -> value > 0 && value < 100);
    assertThat(seen).isSorted();
    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Done");
  }

  private static double progress(WebDriver driver) {
    String value = driver.findElement(By.id("progress")).getAttribute("aria-valuenow");
    return value == null || value.isEmpty() ? 0 : Double.parseDouble(value);
  }
}

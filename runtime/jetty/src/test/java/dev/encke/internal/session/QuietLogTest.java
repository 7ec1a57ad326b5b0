package dev.encke.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.testing.LogCapture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Through the tests' real logging backend: what a client repeats costs one line an interval. */
class QuietLogTest {

  private final QuietLog log =
      new QuietLog(LoggerFactory.getLogger(QuietLogTest.class), Duration.ofMinutes(10));

  @Test
  void aKeyLogsOneLineAnIntervalAndCountsWhatItHeldBack() {
    try (LogCapture capture = LogCapture.start()) {
      for (int i = 0; i < 1_000; i++) {
        log.warn("refused 192.0.2.1", "refused a request of 192.0.2.1: over the rate");
      }
      log.warn("refused 192.0.2.2", "refused a request of 192.0.2.2: over the rate");

      assertThat(capture.lines()).filteredOn(line -> line.contains("refused a request"))
          .hasSize(2)
          .allSatisfy(line -> assertThat(line).endsWith("; quiet for 600 s"));
    }
  }

  @Test
  void aLongMessageIsCutAndNeverCarriesAStackTrace() {
    try (LogCapture capture = LogCapture.start()) {
      log.warn("arguments 192.0.2.3", "argument 0 is " + "x".repeat(50_000));

      assertThat(capture.bytes()).isLessThan(QuietLog.MAX_MESSAGE + 200);
      assertThat(capture.lines()).noneMatch(line -> line.startsWith("\tat "));
    }
  }

  @Test
  void rotatingKeysShareOneOnceTheMostAreRemembered() {
    try (LogCapture capture = LogCapture.start()) {
      for (int i = 0; i < QuietLog.MAX_KEYS + 500; i++) {
        log.warn("refused 10.0." + (i >> 8) + "." + (i & 0xff), "refused a rotating address");
      }

      assertThat(capture.lineCount()).isEqualTo(QuietLog.MAX_KEYS + 1);
      assertThat(capture.lines()).last().asString().contains("refused a rotating address");
    }
  }
}

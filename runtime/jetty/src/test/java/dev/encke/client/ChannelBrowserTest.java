package dev.encke.client;

import static dev.encke.client.PartPage.jsonLines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The channel alone ({@code channel.js}), handed down-link messages as a connection would: each
 * batch applies once and in order, and what it sends, resumes and logs is recorded.
 */
class ChannelBrowserTest {

  @RegisterExtension
  static final PartPage page = PartPage.of("channel");

  @Test
  void appliesBatchesInOrderAndAcknowledgesOnlyTheLatestWhenTheWelcomesDelayIsOver() {
    page.run("channel.acknowledgeAs({ms: 1000, batches: 64, bytes: 100000})");
    long lastSeq = receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1},{"n":2}]},
         {"t":"batch","seq":2,"ops":[{"n":3}]},
         {"t":"batch","seq":3,"ops":[]}]
        """);

    assertThat(lastSeq).isEqualTo(3);
    assertThat(applied()).containsExactly(1L, 2L, 3L);
    assertThat(sent()).isEmpty();
    assertThat(page.run("window.clock = 400; return fireTimers()")).asList().containsExactly(1000L);
    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"ack","seq":3,"held":400}"""));
  }

  @Test
  void acknowledgesAtOnceWhenTheWelcomesNumberOfBatchesWait() {
    page.run("channel.acknowledgeAs({ms: 1000, batches: 2, bytes: 100000})");
    receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1}]}]
        """);
    assertThat(sent()).isEmpty();
    page.run("window.clock = 30");
    receive("""
        [{"t":"batch","seq":2,"ops":[{"n":2}]}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"ack","seq":2,"held":0}"""));
    assertThat(page.run("return fireTimers()")).asList().isEmpty();
    assertThat(sent()).hasSize(1);
  }

  @Test
  void acknowledgesAtOnceWhenTheWelcomesNumberOfBytesWait() {
    page.run("channel.acknowledgeAs({ms: 1000, batches: 64, bytes: 60})");
    receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1}]},
         {"t":"batch","seq":2,"ops":[{"n":2}]}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"ack","seq":2,"held":0}"""));
  }

  @Test
  void untilAWelcomeSaysOtherwiseAcknowledgesEachBatchAtOnce() {
    receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1}]},
         {"t":"batch","seq":2,"ops":[{"n":2}]}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"ack","seq":1,"held":0}""", """
        {"t":"ack","seq":2,"held":0}"""));
  }

  @Test
  void ignoresAPolicyThatCouldNeverAcknowledge() {
    page.run("channel.acknowledgeAs({ms: 1000, batches: 0, bytes: 100000})");
    receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1}]}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"ack","seq":1,"held":0}"""));
  }

  @Test
  void acknowledgesWhatArrivesAfterAnAckWithOneMoreAck() {
    page.run("channel.acknowledgeAs({ms: 1000, batches: 64, bytes: 100000})");
    receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1}]}]
        """);
    page.run("window.clock = 1000; fireTimers()");
    receive("""
        [{"t":"batch","seq":2,"ops":[{"n":2}]}, {"t":"batch","seq":3,"ops":[{"n":3}]}]
        """);
    page.run("window.clock = 2500; fireTimers()");

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"ack","seq":1,"held":1000}""", """
        {"t":"ack","seq":3,"held":1500}"""));
  }

  @Test
  void ignoresABatchItAlreadyApplied() {
    long lastSeq = receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1}]},
         {"t":"batch","seq":2,"ops":[{"n":2}]},
         {"t":"batch","seq":1,"ops":[{"n":1}]},
         {"t":"batch","seq":2,"ops":[{"n":2}]}]
        """);

    assertThat(lastSeq).isEqualTo(2);
    assertThat(applied()).containsExactly(1L, 2L);
    assertThat(page.run("return record.resumes")).asList().isEmpty();
  }

  @Test
  void aBatchAfterAGapAsksForAResumeAndIsNotApplied() {
    long afterGap = receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1}]},
         {"t":"batch","seq":3,"ops":[{"n":3}]}]
        """);
    long afterResend = receive("""
        [{"t":"batch","seq":2,"ops":[{"n":2}]},
         {"t":"batch","seq":3,"ops":[{"n":3}]}]
        """);

    assertThat(afterGap).isEqualTo(1);
    assertThat(afterResend).isEqualTo(3);
    assertThat(applied()).containsExactly(1L, 2L, 3L);
    assertThat(page.run("return record.resumes")).asList()
        .containsExactly("batch 3 arrived after 1; resuming");
  }

  @Test
  void aFailingCommandIsReportedAndTheCommandsAfterItStillRun() {
    long lastSeq = receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1},{"fail":"broken widget"},{"n":3}]}]
        """);

    assertThat(lastSeq).isEqualTo(1);
    assertThat(applied()).containsExactly(1L, 3L);
    assertThat(page.run("return record.logs")).asList()
        .containsExactly("error: command 1 of batch 1 failed");
  }

  @Test
  void answersEachHeartbeat() {
    receive("""
        [{"t":"hb"},{"t":"hb"}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"hb"}""", """
        {"t":"hb"}"""));
  }

  @Test
  void aHeartbeatSendsTheWaitingAcknowledgementBeforeItsAnswer() {
    page.run("channel.acknowledgeAs({ms: 1000, batches: 64, bytes: 100000})");
    receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1}]}]
        """);
    page.run("window.clock = 250");
    receive("""
        [{"t":"hb"}]
        """);

    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"ack","seq":1,"held":250}""", """
        {"t":"hb"}"""));
    assertThat(page.run("return fireTimers()")).asList().isEmpty();
    assertThat(sent()).hasSize(2);
  }

  @Test
  void passesOnTheServersReloadOrderAndReportsItsErrors() {
    receive("""
        [{"t":"error","reason":"ack of seq 9, which was never sent"},
         {"t":"reload","reason":"unknown session"},
         {"t":"launch"}]
        """);

    assertThat(page.run("return record.reloads")).asList().containsExactly("unknown session");
    assertThat(page.run("return record.logs")).asList().containsExactly(
        "warn: the server rejected a message: ack of seq 9, which was never sent",
        "warn: ignored a message of unknown type \"launch\"");
  }

  @Test
  void aRestartForgetsTheSeqSoThatANewSessionStartsAtOne() {
    page.run("channel.acknowledgeAs({ms: 1000, batches: 64, bytes: 100000})");
    receive("""
        [{"t":"batch","seq":1,"ops":[{"n":1}]},{"t":"batch","seq":2,"ops":[{"n":2}]}]
        """);
    page.run("channel.restart()");
    long lastSeq = receive("""
        [{"t":"batch","seq":1,"ops":[{"n":10}]}]
        """);

    assertThat(lastSeq).isEqualTo(1);
    assertThat(applied()).containsExactly(1L, 2L, 10L);
    assertThat(page.run("return fireTimers()")).asList().containsExactly(1000L);
    assertThat(sent()).containsExactlyElementsOf(jsonLines("""
        {"t":"ack","seq":1,"held":0}"""));
  }

  /** Hands the channel every message in one go; returns its last applied seq. */
  private long receive(String messages) {
    return (Long) page.run("return receiveAll(JSON.parse(arguments[0]))", messages);
  }

  @SuppressWarnings("unchecked")
  private List<Object> applied() {
    return (List<Object>) page.run("return record.applied");
  }

  private List<JsonNode> sent() {
    return page.jsonList("return record.sent");
  }
}

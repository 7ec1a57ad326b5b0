package dev.encke.client;

import static dev.encke.client.PartPage.jsonLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A connection alone ({@code connection.js}) over scripted transports that the test opens, feeds
 * and fails, with a clock that moves only when the test moves it: negotiation, fallback,
 * reconnects and the routing of up-link messages.
 */
class ConnectionBrowserTest {

  /** With this heartbeat, a transport that delivers nothing for 3 s is given up. */
  private static final int HEARTBEAT = 1000;

  @RegisterExtension
  static final PartPage page = PartPage.of("connection");

  @Test
  void opensTheFirstTransportAndIsOpenOnItsFirstMessage() {
    start("ws", "sse");
    assertThat(page.run("return openedNames()")).asList().containsExactly("ws");
    assertThat(page.run("return record.statuses")).asList().isEmpty();

    page.run("deliver(0, {t: 'hb'})");

    assertThat(page.run("return record.statuses")).asList().containsExactly("open");
    assertThat(page.jsonList("return record.received")).isEqualTo(jsonLines("{\"t\":\"hb\"}"));
    assertThat(page.run("return connection.transport()")).isEqualTo("ws");
  }

  @Test
  void aTransportThatFailsTwiceBeforeDeliveringIsGivenUpForTheNext() {
    start("ws", "sse", "poll");

    page.run("fail(0, 'upgrade refused')");
    page.awaitTrue("return record.opened.length === 2");
    assertThat(page.run("return openedNames()")).asList().containsExactly("ws", "ws");
    page.run("fail(1, 'upgrade refused')");
    page.awaitTrue("return record.opened.length === 3");

    assertThat(page.run("return openedNames()")).asList().containsExactly("ws", "ws", "sse");
    assertThat(page.run("return record.transports")).asList()
        .containsExactly("ws", "ws", "sse");
    assertThat(page.run("return record.logs")).asList()
        .containsExactly("warn: ws does not work here (upgrade refused); trying sse");
  }

  @Test
  void aTransportSilentPastTheOpenLimitIsGivenUpAtOnce() {
    start("sse", "stream", "poll");

    page.run("clock += 3001");
    page.awaitTrue("return record.opened.length === 2");

    assertThat(page.run("return openedNames()")).asList().containsExactly("sse", "stream");
    assertThat((Boolean) page.run("return record.opened[0].closed")).isTrue();
  }

  @Test
  void aStreamWhoseGreetingComesLateCountsAsFailedButWhatItCarriedStillCounts() {
    start("stream", "poll");

    page.run("clock += 3001; deliver(0, {t: 'batch', seq: 1, ops: []})");
    assertThat(page.jsonList("return record.received"))
        .isEqualTo(jsonLines("{\"t\":\"batch\",\"seq\":1,\"ops\":[]}"));
    assertThat(page.run("return record.statuses")).asList().isEmpty();
    page.run("clock += 3001");
    page.awaitTrue("return record.opened.length === 2");

    assertThat(page.run("return openedNames()")).asList().containsExactly("stream", "poll");
  }

  @Test
  void theLastTransportIsNeverGivenUp() {
    start("poll");

    for (int failed = 0; failed < 3; failed++) {
      page.run("fail(arguments[0], 'HTTP 502')", failed);
      page.awaitTrue("return record.opened.length === arguments[0]", failed + 2);
    }
    page.run("clock += 3001");
    page.awaitTrue("return record.opened.length === 5");

    assertThat(page.run("return openedNames()")).asList()
        .containsExactly("poll", "poll", "poll", "poll", "poll");
  }

  @Test
  void aTransportThatWorkedIsReopenedWhenItDrops() {
    start("ws", "sse");
    page.run("deliver(0, {t: 'hb'})");

    page.run("fail(0, 'WebSocket closed: 1006')");
    page.awaitTrue("return record.opened.length === 2");

    assertThat(page.run("return openedNames()")).asList().containsExactly("ws", "ws");
    assertThat(page.run("return record.statuses")).asList().containsExactly("open", "closed");
  }

  @Test
  void eachNewConnectionResumesAfterTheLastAppliedBatch() {
    start("stream");
    page.run("deliver(0, {t: 'hb'}); appliedSeq = 5");

    page.run("connection.resume('batch 7 arrived after 5; resuming')");
    page.awaitTrue("return record.opened.length === 2");

    assertThat(page.run("return record.opened[0].closed")).isEqualTo(true);
    assertThat(page.run("return record.opened.map(function (o) { return o.seq; })")).asList()
        .containsExactly(0L, 5L);
  }

  @Test
  void aReplacedConnectionIsNoLongerHeard() {
    start("ws", "sse");
    page.run("fail(0, 'first attempt')");
    page.awaitTrue("return record.opened.length === 2");

    page.run("deliver(0, {t: 'batch', seq: 1, ops: []}); fail(0, 'late close')");

    assertThat(page.run("return record.received")).asList().isEmpty();
    assertThat(page.run("return record.statuses")).asList().containsExactly("closed");
    assertThat(page.run("return record.opened[1].closed")).isEqualTo(false);
  }

  @Test
  void repliesWaitWhileTheWebSocketIsDownAndLeaveInOrderOnceItIsOpen() {
    start("ws");
    page.run("connection.send({t: 'reply', id: 1, value: 'a'});"
        + "connection.send({t: 'ack', seq: 3}); connection.send({t: 'hb'});"
        + "connection.send({t: 'event', fn: 2, args: []})");
    assertThat(page.run("return record.opened[0].sent")).asList().isEmpty();

    page.run("accept(0); deliver(0, {t: 'hb'}); connection.send({t: 'ack', seq: 4})");

    assertThat(page.jsonList("return record.opened[0].sent")).isEqualTo(jsonLines(
        "{\"t\":\"reply\",\"id\":1,\"value\":\"a\"}", "{\"t\":\"event\",\"fn\":2,\"args\":[]}",
        "{\"t\":\"ack\",\"seq\":4}"));
    assertThat(page.run("return record.posted")).asList().isEmpty();
  }

  @Test
  void onServerSentEventsEverythingUpIsPosted() {
    start("sse");

    page.run("connection.send({t: 'ack', seq: 1}); connection.send({t: 'hb'});"
        + "connection.send({t: 'reply', id: 9, value: null})");

    assertThat(page.jsonList("return record.posted")).isEqualTo(jsonLines(
        "{\"t\":\"ack\",\"seq\":1}", "{\"t\":\"hb\"}",
        "{\"t\":\"reply\",\"id\":9,\"value\":null}"));
  }

  @Test
  void onLongPollingAcksAndHeartbeatAnswersAreLeftToTheNextPoll() {
    start("poll");

    page.run("connection.send({t: 'ack', seq: 1}); connection.send({t: 'hb'});"
        + "connection.send({t: 'reply', id: 9, value: null})");

    assertThat(page.jsonList("return record.posted"))
        .isEqualTo(jsonLines("{\"t\":\"reply\",\"id\":9,\"value\":null}"));
  }

  @Test
  void answersToPostsReachTheReceiverWithoutOpeningTheConnection() {
    start("sse");

    page.run("record.answer({t: 'error', reason: 'ack of seq 9, which was never sent'})");

    assertThat(page.jsonList("return record.received")).isEqualTo(jsonLines(
        "{\"t\":\"error\",\"reason\":\"ack of seq 9, which was never sent\"}"));
    assertThat(page.run("return record.statuses")).asList().isEmpty();
  }

  @Test
  void byeLeavesOnTheOpenSocketOrElseInAPost() {
    start("ws");
    page.run("accept(0); deliver(0, {t: 'hb'}); connection.bye()");
    assertThat(page.jsonList("return record.opened[0].sent"))
        .isEqualTo(jsonLines("{\"t\":\"bye\"}"));

    page.run("connection.close(); start(['sse'], arguments[0]); connection.bye()", HEARTBEAT);
    assertThat(page.run("return record.byes")).isEqualTo(1L);
  }

  @Test
  void aRefusalIsPassedOnAndCloseEndsTheConnection() {
    start("stream", "poll");
    page.run("record.opened[0].link.refused('the browser cookie or CSRF token does not match')");
    assertThat(page.run("return record.refusals")).asList()
        .containsExactly("the browser cookie or CSRF token does not match");

    page.run("connection.close()");

    assertThat(page.run("return record.opened[0].closed")).isEqualTo(true);
    assertThat(page.run("return connection.transport()")).isNull();
  }

  private static void start(String... names) {
    page.run("start(arguments[0], arguments[1])", List.of(names), HEARTBEAT);
  }
}

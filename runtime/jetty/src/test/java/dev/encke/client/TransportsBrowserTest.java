package dev.encke.client;

import static dev.encke.client.PartPage.jsonLines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.encke.Transport;
import dev.encke.js.JsRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The transports alone ({@code transports.js}) against the real server: a harness says hello as a
 * page would, opens connections of each transport with links that record what they hear, and
 * posts up-link messages.
 */
class TransportsBrowserTest {

  private static final String HEARTBEAT = "{\"t\":\"hb\"}";

  @RegisterExtension
  static final PartPage page = PartPage.of("transports");

  @ParameterizedTest
  @EnumSource(Transport.class)
  void greetsAtOnceThenCarriesEachPushedBatchInOrder(Transport transport) {
    String session = say();
    connect(transport, 0);
    page.awaitTrue("return connections[0].heard.length > 0");
    assertThat(page.jsonList("return connections[0].heard.slice(0, 1)"))
        .isEqualTo(jsonLines(HEARTBEAT));

    push(session, 3);
    page.awaitTrue("return heardBatches(0).length === 3");

    assertThat(page.run("return heardBatches(0)")).asList().containsExactly(1L, 2L, 3L);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void resumesAfterTheSeqItIsOpenedWith(Transport transport) {
    String session = say();
    push(session, 3);

    connect(transport, 2);
    page.awaitTrue("return heardBatches(0).length > 0");

    assertThat(page.run("return heardBatches(0)")).asList().containsExactly(3L);
  }

  @Test
  void aWebSocketMessageCarryingWhatWaitedALineEachIsHeardAsEachOfItsMessages() {
    String session = say();
    push(session, 3);

    connect(Transport.WEBSOCKET, 0);
    page.awaitTrue("return heardBatches(0).length === 3");

    assertThat(page.run("return heardBatches(0)")).asList().containsExactly(1L, 2L, 3L);
  }

  @ParameterizedTest
  @EnumSource(value = Transport.class, names = "SSE", mode = EnumSource.Mode.EXCLUDE)
  void aConnectionWithAWrongTokenIsRefusedWithTheServersReason(Transport transport) {
    say();

    page.run("connect(arguments[0], 0, 'forged-token')", transport.wireName());
    page.awaitTrue("return connections[0].refused.length > 0");

    assertThat(page.run("return connections[0].refused")).asList()
        .containsExactly("the browser cookie or CSRF token does not match the session");
    assertThat(page.run("return connections[0].heard")).asList().isEmpty();
  }

  @Test
  void anEventSourceThatIsRefusedReportsAFailedConnection() {
    say();

    page.run("connect('sse', 0, 'forged-token')");
    page.awaitTrue("return connections[0].closed.length > 0");

    assertThat(page.run("return connections[0].closed")).asList()
        .containsExactly("EventSource failed or ended");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aClosedConnectionHearsAndReportsNothingMore(Transport transport) {
    String session = say();
    connect(transport, 0);
    page.awaitTrue("return connections[0].heard.length > 0");

    page.run("connections[0].connection.close()");
    connect(transport, 0);
    page.awaitTrue("return connections[1].heard.length > 0");
    push(session, 1);
    page.awaitTrue("return heardBatches(1).length === 1");

    assertThat(page.jsonList("return connections[0].heard")).isEqualTo(jsonLines(HEARTBEAT));
    assertThat(page.run("return connections[0].closed.concat(connections[0].refused)")).asList()
        .isEmpty();
  }

  @Test
  void theUplinkPostsInOrderAndHandsBackTheServersAnswers() {
    say();

    page.run("up.send({t: 'ack', seq: 7}); up.send({t: 'ack', seq: 8})");
    page.awaitTrue("return answers.length === 2");

    assertThat(page.jsonList("return answers")).isEqualTo(jsonLines(
        "{\"t\":\"error\",\"reason\":\"ack of seq 7, which was never sent\"}",
        "{\"t\":\"error\",\"reason\":\"ack of seq 8, which was never sent\"}"));
  }

  @Test
  void anUplinkMessageThatCannotBeEncodedIsRefusedAndTheOnesAfterItStillGo() {
    say();

    Object refusal = page.run("try { up.send({t: 'reply', id: 1, value: BigInt(1)}); return null; }"
        + " catch (e) { return e.message; }");
    page.run("up.send({t: 'ack', seq: 9})");
    page.awaitTrue("return answers.length === 1");

    assertThat((String) refusal).contains("BigInt");
    assertThat(page.jsonList("return answers")).isEqualTo(jsonLines(
        "{\"t\":\"error\",\"reason\":\"ack of seq 9, which was never sent\"}"));
  }

  /** Says hello as a page would; returns the new session's id. */
  private static String say() {
    String session = (String) page.runAsync("say(arguments[arguments.length - 1])");
    page.awaitTrue("return window.credentials !== null");
    return session;
  }

  private static void connect(Transport transport, long seq) {
    page.run("connect(arguments[0], arguments[1])", transport.wireName(), seq);
  }

  private static void push(String session, int batches) {
    for (int i = 0; i < batches; i++) {
      page.encke().session(session).push(batch -> batch.call(JsRef.global("x"), "y"));
    }
  }
}

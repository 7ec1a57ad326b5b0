package dev.encke.internal.channel;

import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.session.QuietLog;

/**
 * Requests the channel refuses, answered with a status and a reason, and logged once per client
 * address and kind a minute: a client that repeats itself is counted, not logged each time. A
 * refusal over a limit also says when to come back ({@code Retry-After}) and closes the connection,
 * so that a flood of refused requests holds no file descriptor. Thread-safe.
 */
final class Refusals {

  private final QuietLog log;

  Refusals(QuietLog log) {
    this.log = log;
  }

  /** Answers {@code status} with {@code reason}, logging it quietly. */
  void refuse(HttpExchange exchange, String address, int status, String reason) {
    log.info(status + " " + address, "refused a request of " + address + " with " + status + ": "
        + reason);
    exchange.setHeader("Connection", "close");
    JsonResponses.refuse(exchange, status, reason);
  }

  /** As {@link #refuse}, for a request over a limit: it may come back in {@code seconds}. */
  void overLimit(HttpExchange exchange, String address, int status, int seconds, String reason) {
    exchange.setHeader("Retry-After", Integer.toString(seconds));
    refuse(exchange, address, status, reason);
  }

  /** Logs, quietly, that a socket of {@code address} was closed for {@code reason}. */
  void closed(String address, String reason) {
    log.info("closed " + address, "closed a WebSocket of " + address + ": " + reason);
  }
}

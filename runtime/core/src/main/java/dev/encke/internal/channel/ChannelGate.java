package dev.encke.internal.channel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.Transport;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.Text;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.session.SessionSettings;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The checks every transport makes before a connection carries a session: the transport is
 * enabled, the session exists, the browser cookie and the CSRF token are the session's, and the
 * page's last applied batch is one the server sent. Thread-safe.
 */
final class ChannelGate {

  private final SessionHub hub;
  private final Executor writers;

  /** @param writers where connections write after a push wakes them: the host's thread pool */
  ChannelGate(SessionHub hub, Executor writers) {
    this.hub = hub;
    this.writers = writers;
  }

  /** Where connections write after a push wakes them. */
  Executor writers() {
    return writers;
  }

  SessionSettings settings() {
    return hub.settings();
  }

  /**
   * The outcome of a resume: a session to attach to, a frame telling the page to reload, or the
   * reason the request is refused.
   */
  record Resumption(DefaultScriptSession session, long appliedSeq, ByteBuffer reload,
      String refusal, int status) {

    static Resumption refused(int status, String reason) {
      return new Resumption(null, 0, null, reason, status);
    }

    static Resumption reloading(String reason) {
      return new Resumption(null, 0, Frames.reload(reason), null, 200);
    }
  }

  /** Checks a WebSocket's first message, {@code {"t":"resume","session":…,"token":…,"seq":n}}. */
  Resumption resume(String browserId, JsonNode message, Transport transport) {
    if (message == null || !message.isObject() || !"resume".equals(message.path("t").asText())) {
      return Resumption.refused(400, "the first message must be a resume, not "
          + Text.abbreviate(String.valueOf(message), 80));
    }
    return resume(browserId, text(message.get("session")), text(message.get("token")),
        message.get("seq"), transport);
  }

  /** Checks a resume whose parts came from headers, query or body. */
  Resumption resume(
      String browserId, String sessionId, String token, JsonNode seq, Transport transport) {
    if (!settings().transports().contains(transport)) {
      return Resumption.refused(
          403, "transport " + transport.wireName() + " is disabled on this server");
    }
    if (sessionId == null || token == null) {
      return Resumption.refused(403, "resume without a session id and CSRF token");
    }
    if (seq == null || !seq.isIntegralNumber() || !seq.canConvertToLong() || seq.asLong() < 0) {
      return Resumption.refused(400, "resume without a valid \"seq\": "
          + Text.abbreviate(String.valueOf(seq), 80));
    }
    Optional<DefaultScriptSession> found = hub.find(sessionId);
    if (found.isEmpty()) {
      return Resumption.reloading("unknown session: it expired or the server restarted");
    }
    DefaultScriptSession session = found.get();
    if (!session.credentials().matches(browserId, token)) {
      return Resumption.refused(
          403, "the browser cookie or CSRF token does not match the session");
    }
    return new Resumption(session, seq.asLong(), null, null, 200);
  }

  /**
   * Attaches {@code connection} to the resumed session.
   *
   * @return empty when attached; otherwise the frame to send before closing
   */
  Optional<ByteBuffer> attach(PullingConnection connection, Resumption resumption) {
    DefaultScriptSession session = resumption.session();
    switch (session.attach(connection, resumption.appliedSeq())) {
      case ATTACHED:
        return Optional.empty();
      case SEQ_AHEAD:
        return Optional.of(Frames.error("resume from seq " + resumption.appliedSeq()
            + ", which was never sent"));
      default:
        return Optional.of(Frames.reload("the session cannot resume: it fell too far behind"));
    }
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }
}

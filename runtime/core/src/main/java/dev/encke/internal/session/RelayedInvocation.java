package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.ScriptSession;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Json;
import dev.encke.internal.protocol.Recording;
import dev.encke.js.JsArguments;
import dev.encke.js.JsCallback;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call of this node's callback by a page another node holds: the callback runs here, and what
 * it records goes back to that page as one batch, as for a page of this node.
 */
final class RelayedInvocation implements Runnable, JsArguments {

  private static final Logger LOG = LoggerFactory.getLogger(RelayedInvocation.class);

  private final Shipment.EventMail mail;
  private final JsCallback callback;
  private final BiConsumer<String, EncodedBatch> answerSession;
  private final ScriptSession session;

  RelayedInvocation(Shipment.EventMail mail, JsCallback callback,
      BiConsumer<String, EncodedBatch> answerSession) {
    this.mail = mail;
    this.callback = callback;
    this.answerSession = answerSession;
    this.session = new RemoteSession(mail.session(), mail.page());
  }

  @Override
  public void run() {
    EncodedBatch answer;
    try (Recording recording = Recording.open(Recording.Audience.ONE_SESSION, false)) {
      callback.invoke(this);
      answer = recording.finish();
    } catch (RuntimeException e) {
      LOG.warn("callback {} called from {} of another node failed", mail.callback(), session, e);
      return;
    }
    if (!answer.isEmpty()) {
      answerSession.accept(mail.session(), answer);
    }
  }

  @Override
  public int size() {
    return mail.args().size();
  }

  @Override
  public <T> T get(int index, Class<T> type) {
    JsonNode value = mail.args().get(index);
    return value == null ? null : Json.convert(value, type);
  }

  @Override
  public ScriptSession session() {
    return session;
  }
}

package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.encke.ScriptSession;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Json;
import dev.encke.internal.protocol.Recording;
import dev.encke.internal.protocol.Text;
import dev.encke.js.JsArguments;
import dev.encke.js.JsCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call of a server callback from a page, run on the page's listener executor: the callback runs
 * with the page as the target of the proxy calls it makes, which are then pushed to that page as one
 * batch.
 */
final class CallbackInvocation implements Runnable, JsArguments {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackInvocation.class);
  /** How much of a refused argument an error quotes. */
  private static final int MAX_QUOTED = 160;

  private final DefaultScriptSession session;
  private final long callbackId;
  private final JsCallback callback;
  private final ArrayNode arguments;

  CallbackInvocation(
      DefaultScriptSession session, long callbackId, JsCallback callback, ArrayNode arguments) {
    this.session = session;
    this.callbackId = callbackId;
    this.callback = callback;
    this.arguments = arguments;
  }

  @Override
  public void run() {
    EncodedBatch answer;
    CurrentSession.Scope current = CurrentSession.enter(session);
    try (Recording recording = Recording.open(Recording.Audience.ONE_SESSION,
        session.settings().rawScriptAllowed())) {
      callback.invoke(this);
      answer = recording.finish();
    } catch (RuntimeException e) {
      if (PageArgumentException.isCauseOf(e)) {
        session.clientFaults().warn("arguments " + session.clientAddress(), "callback "
            + callbackId + " called from " + session + " of " + session.clientAddress()
            + " refused its arguments: " + e.getMessage());
      } else {
        LOG.warn("callback {} called from {} failed", callbackId, session, e);
      }
      return;
    } finally {
      current.close();
    }
    if (answer.hasScript() && !session.pageAllowsRawScript()) {
      LOG.warn("callback {} answered {} with raw script, which that page did not opt in to;"
          + " nothing was pushed", callbackId, session);
      return;
    }
    if (!answer.isEmpty()) {
      session.push(answer);
    }
  }

  @Override
  public int size() {
    return arguments.size();
  }

  @Override
  public <T> T get(int index, Class<T> type) {
    JsonNode value = arguments.get(index);
    if (value == null) {
      return null;
    }
    try {
      return Json.convert(value, type);
    } catch (IllegalArgumentException e) {
      String text = value.toString();
      throw new PageArgumentException("argument " + index + " of callback " + callbackId + " is "
          + Text.abbreviate(text, MAX_QUOTED) + " (" + text.length() + " characters), not a "
          + type.getName());
    }
  }

  @Override
  public ScriptSession session() {
    return session;
  }
}

package dev.encke.benchmarks;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One WebSocket connection of a {@link Subscriber}: hands each complete text message to it, and
 * writes the subscriber's up-link messages. A subscriber gets a new link when it reconnects.
 */
final class Link implements FrameHandler {

  private final Subscriber subscriber;
  private final StringBuilder fragments = new StringBuilder();
  private volatile CoreSession session;
  private volatile boolean dropped;

  Link(Subscriber subscriber) {
    this.subscriber = subscriber;
  }

  @Override
  public void onOpen(CoreSession coreSession, Callback callback) {
    session = coreSession;
    callback.succeeded();
    subscriber.onOpen(this);
    coreSession.demand();
  }

  @Override
  public void onFrame(Frame frame, Callback callback) {
    byte opCode = frame.getOpCode();
    if (opCode == OpCode.TEXT || opCode == OpCode.CONTINUATION) {
      String text = frame.getPayloadAsUTF8();
      if (!frame.isFin()) {
        fragments.append(text);
      } else if (fragments.length() > 0) {
        String message = fragments.append(text).toString();
        fragments.setLength(0);
        subscriber.onMessage(this, message);
      } else {
        subscriber.onMessage(this, text);
      }
    }
    callback.succeeded();
    session.demand();
  }

  @Override
  public void onError(Throwable cause, Callback callback) {
    callback.succeeded();
  }

  @Override
  public void onClosed(CloseStatus closeStatus, Callback callback) {
    callback.succeeded();
    subscriber.onClosed(this, closeStatus);
  }

  void send(String message) {
    CoreSession open = session;
    if (open != null && open.isOutputOpen()) {
      Frame frame = new Frame(OpCode.TEXT).setPayload(message.getBytes(StandardCharsets.UTF_8));
      open.sendFrame(frame, Callback.NOOP, false);
    }
  }

  /** Sends a WebSocket ping, which the server answers by itself and which keeps it from idling out. */
  void ping() {
    CoreSession open = session;
    if (open != null && open.isOutputOpen()) {
      open.sendFrame(new Frame(OpCode.PING), Callback.NOOP, false);
    }
  }

  /** Whether the harness dropped or closed this link on purpose. */
  boolean isDropped() {
    return dropped;
  }

  /** Drops the connection the way a network failure would: no close handshake. */
  void abort() {
    dropped = true;
    CoreSession open = session;
    if (open != null) {
      open.abort();
    }
  }

  void close() {
    dropped = true;
    CoreSession open = session;
    if (open != null) {
      open.close(CloseStatus.NORMAL, "benchmark over", Callback.NOOP);
    }
  }
}

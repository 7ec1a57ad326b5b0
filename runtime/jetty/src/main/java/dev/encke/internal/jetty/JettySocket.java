package dev.encke.internal.jetty;

import dev.encke.internal.host.Completion;
import dev.encke.internal.host.SocketEndpoint;
import dev.encke.internal.host.SocketSender;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * A page's WebSocket on jetty-websocket-core: reads with explicit demand, one frame at a time,
 * assembles messages (discarding one over the limit as it arrives) and hands them to the core's
 * endpoint; sends what the core writes, the messages of one write in batch mode so that they leave
 * in one socket write.
 */
final class JettySocket implements FrameHandler, SocketSender {

  private final SocketEndpoint endpoint;
  private final int maxMessageBytes;
  /** A message of several frames as it arrives; {@code null} between such messages. */
  private ByteArrayOutputStream partial;
  private boolean discarding;
  private boolean binary;
  private volatile CoreSession coreSession;

  JettySocket(SocketEndpoint endpoint) {
    this.endpoint = endpoint;
    this.maxMessageBytes = endpoint.maxMessageBytes();
  }

  @Override
  public void onOpen(CoreSession session, Callback callback) {
    this.coreSession = session;
    endpoint.opened(this);
    callback.succeeded();
    session.demand();
  }

  @Override
  public void onFrame(Frame frame, Callback callback) {
    byte opCode = frame.getOpCode();
    if (opCode == OpCode.TEXT || opCode == OpCode.BINARY || opCode == OpCode.CONTINUATION) {
      if (opCode != OpCode.CONTINUATION) {
        binary = opCode == OpCode.BINARY;
      }
      if (opCode != OpCode.CONTINUATION && frame.isFin() && partial == null && !discarding) {
        wholeMessage(frame);
      } else {
        collect(frame);
        if (frame.isFin()) {
          finishMessage();
        }
      }
    }
    callback.succeeded();
    coreSession.demand();
  }

  /**
   * A message in one frame, as nearly all are: its payload goes to the endpoint as it is, since the
   * endpoint reads it before returning and the frame is released only after.
   */
  private void wholeMessage(Frame frame) {
    if (frame.getPayloadLength() > maxMessageBytes) {
      endpoint.tooLarge();
    } else if (binary) {
      endpoint.binary();
    } else {
      ByteBuffer payload = frame.getPayload();
      endpoint.received(payload == null ? ByteBuffer.allocate(0) : payload.slice());
    }
  }

  private void collect(Frame frame) {
    int held = partial == null ? 0 : partial.size();
    if (discarding || held + frame.getPayloadLength() > maxMessageBytes) {
      discarding = true;
      partial = null;
      return;
    }
    ByteBuffer payload = frame.getPayload();
    if (payload != null) {
      byte[] chunk = new byte[payload.remaining()];
      payload.get(chunk);
      if (partial == null) {
        partial = new ByteArrayOutputStream(chunk.length);
      }
      partial.writeBytes(chunk);
    }
  }

  private void finishMessage() {
    byte[] bytes = partial == null ? new byte[0] : partial.toByteArray();
    partial = null;
    if (discarding) {
      discarding = false;
      endpoint.tooLarge();
    } else if (binary) {
      endpoint.binary();
    } else {
      endpoint.received(ByteBuffer.wrap(bytes));
    }
  }

  @Override
  public void onError(Throwable cause, Callback callback) {
    endpoint.closed("error: " + cause);
    callback.succeeded();
  }

  @Override
  public void onClosed(CloseStatus closeStatus, Callback callback) {
    endpoint.closed(String.valueOf(closeStatus));
    callback.succeeded();
  }

  @Override
  public void send(ByteBuffer message, Completion done) {
    coreSession.sendFrame(new Frame(OpCode.TEXT, message),
        Callback.from(done::succeeded, done::failed), false);
  }

  @Override
  public void close(int status, String reason) {
    coreSession.close(status, reason, Callback.NOOP);
  }

  @Override
  public boolean isOpen() {
    return coreSession.isOutputOpen();
  }
}

package dev.encke.internal.transport;

import dev.encke.internal.protocol.Frames;
import dev.encke.internal.session.Connection;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.SessionRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One page's WebSocket. Reads with explicit demand, one frame at a time; writes through a
 * {@link Flusher} so that exactly one frame is in flight and frames leave in queue order.
 */
public final class WebSocketChannel implements FrameHandler, Connection {

  private final SessionRegistry registry;
  private final String page;
  private final int maxMessageBytes;
  private final BiConsumer<DefaultScriptSession, String> uplink;
  private final Queue<ByteBuffer> outbound = new ConcurrentLinkedQueue<>();
  private final Flusher flusher = new Flusher();
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private volatile CoreSession coreSession;
  private volatile DefaultScriptSession session;

  public WebSocketChannel(
      SessionRegistry registry,
      String page,
      int maxMessageBytes,
      BiConsumer<DefaultScriptSession, String> uplink) {
    this.registry = registry;
    this.page = page;
    this.maxMessageBytes = maxMessageBytes;
    this.uplink = uplink;
  }

  @Override
  public void onOpen(CoreSession coreSession, Callback callback) {
    this.coreSession = coreSession;
    DefaultScriptSession created = registry.create(page);
    this.session = created;
    send(Frames.welcome(created.id()));
    created.attach(this);
    callback.succeeded();
    coreSession.demand();
  }

  @Override
  public void onFrame(Frame frame, Callback callback) {
    byte opCode = frame.getOpCode();
    if (opCode == OpCode.TEXT || opCode == OpCode.CONTINUATION) {
      if (partial.size() + frame.getPayloadLength() > maxMessageBytes) {
        callback.succeeded();
        coreSession.close(
            CloseStatus.MESSAGE_TOO_LARGE,
            "up-link message larger than " + maxMessageBytes + " bytes",
            Callback.NOOP);
        return;
      }
      ByteBuffer payload = frame.getPayload();
      if (payload != null) {
        byte[] chunk = new byte[payload.remaining()];
        payload.get(chunk);
        partial.writeBytes(chunk);
      }
      if (frame.isFin()) {
        String message = partial.toString(StandardCharsets.UTF_8);
        partial.reset();
        uplink.accept(session, message);
      }
    } else if (opCode == OpCode.BINARY) {
      callback.succeeded();
      coreSession.close(CloseStatus.BAD_DATA, "binary messages are not part of the protocol",
          Callback.NOOP);
      return;
    }
    callback.succeeded();
    coreSession.demand();
  }

  @Override
  public void onError(Throwable cause, Callback callback) {
    callback.succeeded();
  }

  @Override
  public void onClosed(CloseStatus closeStatus, Callback callback) {
    DefaultScriptSession closed = session;
    if (closed != null) {
      closed.detach();
      registry.remove(closed);
    }
    outbound.clear();
    callback.succeeded();
  }

  @Override
  public void send(ByteBuffer frame) {
    outbound.offer(frame);
    flusher.iterate();
  }

  @Override
  public void close() {
    CoreSession open = coreSession;
    if (open != null) {
      open.close(CloseStatus.NORMAL, "closed by the server", Callback.NOOP);
    }
  }

  /** Writes queued frames one at a time; the next write starts when the previous one completed. */
  private final class Flusher extends IteratingCallback {
    @Override
    protected Action process() {
      ByteBuffer next = outbound.poll();
      if (next == null) {
        return Action.IDLE;
      }
      coreSession.sendFrame(new Frame(OpCode.TEXT, next), this, false);
      return Action.SCHEDULED;
    }

    @Override
    protected void onCompleteFailure(Throwable cause) {
      outbound.clear();
    }
  }
}

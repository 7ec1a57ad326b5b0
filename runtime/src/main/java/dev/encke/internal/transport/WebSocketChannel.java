package dev.encke.internal.transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.Transport;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.UplinkDispatcher;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.UnexpectedFailures;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.CountingCallback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;

/**
 * One page's WebSocket. Its first message must be a {@code resume} naming the session, the CSRF
 * token and the last batch the page applied; anything else closes it with a policy-violation reason.
 * Then it reads with explicit demand, one frame at a time, and writes through {@link
 * PullingConnection}. A message over the size limit is discarded as it arrives and answered with an
 * error; the socket stays open.
 */
public final class WebSocketChannel implements FrameHandler {

  /** At most this many queued messages leave in one socket write. */
  private static final int FRAMES_PER_WRITE = 16;
  /** Stateless, so every socket shares one. */
  private static final UplinkDispatcher UPLINK = new UplinkDispatcher();

  private final ChannelGate gate;
  private final String browserId;
  private final int maxMessageBytes;
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private boolean discarding;
  private boolean binary;
  private volatile CoreSession coreSession;
  private volatile Link link;

  public WebSocketChannel(ChannelGate gate, String browserId) {
    this.gate = gate;
    this.browserId = browserId;
    this.maxMessageBytes = gate.settings().maxUplinkBytes();
  }

  @Override
  public void onOpen(CoreSession coreSession, Callback callback) {
    this.coreSession = coreSession;
    callback.succeeded();
    coreSession.demand();
  }

  @Override
  public void onFrame(Frame frame, Callback callback) {
    try {
      read(frame);
    } catch (RuntimeException e) {
      UnexpectedFailures.record("a WebSocket frame handler", e);
      partial.reset();
    }
    callback.succeeded();
    coreSession.demand();
  }

  private void read(Frame frame) {
    byte opCode = frame.getOpCode();
    if (opCode == OpCode.TEXT || opCode == OpCode.BINARY || opCode == OpCode.CONTINUATION) {
      if (opCode != OpCode.CONTINUATION) {
        binary = opCode == OpCode.BINARY;
      }
      collect(frame);
      if (frame.isFin()) {
        finishMessage();
      }
    }
  }

  private void collect(Frame frame) {
    if (discarding || partial.size() + frame.getPayloadLength() > maxMessageBytes) {
      discarding = true;
      partial.reset();
      return;
    }
    ByteBuffer payload = frame.getPayload();
    if (payload != null) {
      byte[] chunk = new byte[payload.remaining()];
      payload.get(chunk);
      partial.writeBytes(chunk);
    }
  }

  private void finishMessage() {
    byte[] bytes = partial.toByteArray();
    partial.reset();
    if (discarding) {
      discarding = false;
      reject("up-link message larger than " + maxMessageBytes + " bytes refused");
    } else if (binary) {
      reject("binary messages are not part of the protocol");
    } else {
      onMessage(bytes);
    }
  }

  private void onMessage(byte[] bytes) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      reject("message is not UTF-8");
      return;
    }
    Link current = link;
    if (current == null) {
      resume(text);
      return;
    }
    current.touch();
    Optional<String> rejection = UPLINK.dispatch(current.session(), text);
    rejection.ifPresent(reason -> current.session().sendControl(Frames.error(reason)));
  }

  private void resume(String text) {
    UplinkDispatcher.Parsed parsed = UplinkDispatcher.parse(text);
    if (parsed.rejection() != null) {
      refuse(parsed.rejection());
      return;
    }
    JsonNode root = parsed.root();
    ChannelGate.Resumption resumption = gate.resume(browserId, root, Transport.WEBSOCKET);
    if (resumption.refusal() != null) {
      refuse(resumption.refusal());
      return;
    }
    if (resumption.reload() != null) {
      sendAndClose(resumption.reload());
      return;
    }
    Link created = new Link(resumption.session(), resumption.appliedSeq());
    link = created;
    gate.attach(created, resumption).ifPresent(last -> {
      link = null;
      sendAndClose(last);
    });
  }

  private void sendAndClose(ByteBuffer last) {
    coreSession.sendFrame(new Frame(OpCode.TEXT, last),
        Callback.from(() -> close(CloseStatus.NORMAL, "session cannot continue")), false);
  }

  private void reject(String reason) {
    Link current = link;
    if (current == null) {
      refuse(reason);
    } else {
      current.session().admitUplink();
      current.session().sendControl(Frames.error(reason));
    }
  }

  private void refuse(String reason) {
    close(CloseStatus.POLICY_VIOLATION, reason);
  }

  private void close(int status, String reason) {
    String brief = reason.length() > 120 ? reason.substring(0, 117) + "..." : reason;
    coreSession.close(status, brief, Callback.NOOP);
  }

  @Override
  public void onError(Throwable cause, Callback callback) {
    Link current = link;
    if (current != null) {
      current.close("WebSocket error: " + cause);
    }
    callback.succeeded();
  }

  @Override
  public void onClosed(CloseStatus closeStatus, Callback callback) {
    Link current = link;
    if (current != null) {
      current.close("WebSocket closed: " + closeStatus);
    }
    callback.succeeded();
  }

  /** The session's side of this socket, once resumed. */
  private final class Link extends PullingConnection {
    Link(DefaultScriptSession session, long appliedSeq) {
      super(session, Transport.WEBSOCKET, appliedSeq, FRAMES_PER_WRITE, true, gate.writers());
    }

    /**
     * One WebSocket message per frame; all but the last are handed to Jetty in batch mode, so the
     * pushes that piled up while the previous write was in flight leave in one socket write.
     */
    @Override
    protected void write(List<ByteBuffer> frames, Callback callback) {
      Callback each = frames.size() == 1 ? callback : new CountingCallback(callback, frames.size());
      for (int i = 0; i < frames.size(); i++) {
        boolean more = i < frames.size() - 1;
        coreSession.sendFrame(new Frame(OpCode.TEXT, frames.get(i)), each, more);
      }
    }

    @Override
    protected void release(String reason) {
      if (coreSession.isOutputOpen()) {
        WebSocketChannel.this.close(CloseStatus.NORMAL, reason);
      }
    }
  }
}

package dev.encke.internal.channel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.Transport;
import dev.encke.internal.host.Completion;
import dev.encke.internal.host.SocketEndpoint;
import dev.encke.internal.host.SocketSender;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.Json;
import dev.encke.internal.protocol.Text;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.UnexpectedFailures;
import dev.encke.internal.session.UplinkDispatcher;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * One page's WebSocket, whatever the host. Its first message must be a {@code resume} naming the
 * session, the CSRF token and the last batch the page applied; anything else closes it with a
 * policy-violation reason. Then each message goes to the up-link, and the session's frames leave
 * through {@link PullingConnection}. A message over the size limit is answered with an error; the
 * socket stays open. The host calls in one message at a time.
 */
final class SocketConnection implements SocketEndpoint {

  /** At most this many queued messages leave in one socket write. */
  private static final int FRAMES_PER_WRITE = 16;
  private static final int MAX_REASON = 120;

  private final ChannelGate gate;
  private final UplinkDispatcher uplink;
  private final String browserId;
  private volatile SocketSender sender;
  private volatile Link link;

  SocketConnection(ChannelGate gate, UplinkDispatcher uplink, String browserId) {
    this.gate = gate;
    this.uplink = uplink;
    this.browserId = browserId;
  }

  @Override
  public int maxMessageBytes() {
    return gate.settings().maxUplinkBytes();
  }

  @Override
  public void opened(SocketSender opened) {
    this.sender = opened;
  }

  @Override
  public void received(ByteBuffer message) {
    try {
      read(message);
    } catch (RuntimeException e) {
      UnexpectedFailures.record("a WebSocket message handler", e);
    }
  }

  private void read(ByteBuffer message) {
    String text;
    try {
      text = Text.decodeUtf8(message);
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
    uplink.dispatch(current.session(), text)
        .ifPresent(reason -> current.session().sendControl(Frames.error(reason)));
  }

  @Override
  public void tooLarge() {
    reject("up-link message larger than " + maxMessageBytes() + " bytes refused");
  }

  @Override
  public void binary() {
    reject("binary messages are not part of the protocol");
  }

  private void resume(String text) {
    Json.Parsed parsed = Json.parse(text);
    if (parsed.rejection() != null) {
      close(POLICY_VIOLATION, parsed.rejection());
      return;
    }
    JsonNode root = parsed.root();
    ChannelGate.Resumption resumption = gate.resume(browserId, root, Transport.WEBSOCKET);
    if (resumption.refusal() != null) {
      close(POLICY_VIOLATION, resumption.refusal());
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
    sender.send(List.of(last), Completion.of(() -> close(NORMAL, "session cannot continue"),
        failure -> {}));
  }

  private void reject(String reason) {
    Link current = link;
    if (current == null) {
      close(POLICY_VIOLATION, reason);
    } else {
      current.session().admitUplink();
      current.session().sendControl(Frames.error(reason));
    }
  }

  private void close(int status, String reason) {
    sender.close(status, Text.abbreviate(reason, MAX_REASON));
  }

  @Override
  public void closed(String reason) {
    Link current = link;
    if (current != null) {
      current.close("WebSocket closed: " + reason);
    }
  }

  /** The session's side of this socket, once resumed. */
  private final class Link extends PullingConnection {
    Link(DefaultScriptSession session, long appliedSeq) {
      super(session, Transport.WEBSOCKET, appliedSeq, FRAMES_PER_WRITE, true, gate.writers());
    }

    @Override
    protected void write(List<ByteBuffer> frames, Completion done) {
      sender.send(frames, done);
    }

    @Override
    protected void end(String reason) {
      if (sender.isOpen()) {
        SocketConnection.this.close(NORMAL, reason);
      }
    }

    @Override
    protected void abort(Throwable cause) {
      end("write failed: " + cause);
    }
  }
}

package dev.encke.internal.channel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.encke.Transport;
import dev.encke.internal.host.Completion;
import dev.encke.internal.host.SocketEndpoint;
import dev.encke.internal.host.SocketSender;
import dev.encke.internal.protocol.CompactAck;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.Json;
import dev.encke.internal.protocol.Text;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.UnexpectedFailures;
import dev.encke.internal.session.UplinkDispatcher;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * One page's WebSocket, whatever the host. Its first message must be a {@code resume} naming the
 * session, the CSRF token and the last batch the page applied, within a few kilobytes; anything
 * else closes it with a policy-violation reason, and silence past the handshake timeout with "try
 * again later" (1013), which a page takes as a lost connection, not a refusal. Then each message
 * is admitted against the page's budgets before it is decoded, goes to the up-link, and the
 * session's frames leave through {@link PullingConnection}. A message over the size limit is
 * answered with an error; the socket stays open. It holds one of its client address's connection
 * slots from the upgrade until it closes. The host calls in one message at a time.
 */
final class SocketConnection implements SocketEndpoint {

  /** At most this many queued messages leave in one WebSocket message, a line each. */
  private static final int FRAMES_PER_WRITE = 16;
  private static final int MAX_REASON = 120;

  private final ChannelGate gate;
  private final UplinkDispatcher uplink;
  /** The browser cookie of the upgrade; dropped once the resume has checked it. */
  private String browserId;
  /** The client address the limits count; once resumed, the session's equal copy of it. */
  private String address;
  private final AddressLimits.Lease lease;
  private final Refusals refusals;
  private volatile SocketSender sender;
  private volatile Link link;
  private volatile Future<?> deadline;
  private volatile Duration timeout;
  private volatile boolean expired;

  SocketConnection(ChannelGate gate, UplinkDispatcher uplink, String browserId, String address,
      AddressLimits.Lease lease, Refusals refusals) {
    this.gate = gate;
    this.uplink = uplink;
    this.browserId = browserId;
    this.address = address;
    this.lease = lease;
    this.refusals = refusals;
  }

  /** The task that calls {@link #handshakeExpired} after {@code timeout}, to cancel on resume. */
  void expireAt(Future<?> task, Duration after) {
    this.timeout = after;
    this.deadline = task;
  }

  /**
   * The handshake timeout passed: unless the page resumed, the socket is closed, or, if the host
   * never opened it, its connection slot is given back now and it is closed when it opens.
   */
  void handshakeExpired() {
    if (link != null) {
      return;
    }
    expired = true;
    refusals.closed(address, "no resume within " + timeout.toMillis() + " ms of the upgrade");
    if (sender != null) {
      close(TRY_AGAIN_LATER, "no resume within " + timeout.toMillis() + " ms");
    } else {
      lease.release();
    }
  }

  @Override
  public int maxMessageBytes() {
    return gate.settings().maxUplinkBytes();
  }

  @Override
  public void opened(SocketSender opened) {
    this.sender = opened;
    if (expired) {
      close(TRY_AGAIN_LATER, "no resume within " + timeout.toMillis() + " ms");
    }
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
    Link current = link;
    if (current == null && message.remaining() > ChannelEndpoints.MAX_HANDSHAKE_BYTES) {
      close(POLICY_VIOLATION, "a resume of more than " + ChannelEndpoints.MAX_HANDSHAKE_BYTES
          + " bytes refused");
      return;
    }
    if (current != null) {
      current.touch();
      Optional<String> refused = uplink.admit(current.session(), message.remaining());
      if (refused.isPresent()) {
        current.session().sendControl(Frames.error(refused.get()));
        return;
      }
      long acked = CompactAck.seq(message);
      if (acked >= 0) {
        Optional<String> rejected = uplink.acknowledge(current.session(), acked,
            CompactAck.heldMillis(message));
        if (rejected.isPresent()) {
          current.session().sendControl(Frames.error(rejected.get()));
        }
        return;
      }
    }
    String text;
    try {
      text = Text.decodeUtf8(message);
    } catch (CharacterCodingException e) {
      reject("message is not UTF-8");
      return;
    }
    if (current == null) {
      resume(text);
      return;
    }
    uplink.dispatch(current.session(), text)
        .ifPresent(reason -> current.session().sendControl(Frames.error(reason)));
  }

  @Override
  public void tooLarge() {
    admitThenReject(maxMessageBytes(), "up-link message larger than " + maxMessageBytes()
        + " bytes refused");
  }

  @Override
  public void binary() {
    admitThenReject(1, "binary messages are not part of the protocol");
  }

  /** A refused message still takes from the page's budget; past it, the budget is the reason. */
  private void admitThenReject(int bytes, String reason) {
    Link current = link;
    Optional<String> overBudget =
        current == null ? Optional.empty() : uplink.admit(current.session(), bytes);
    reject(overBudget.orElse(reason));
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
    browserId = null;
    if (address.equals(created.session().clientAddress())) {
      address = created.session().clientAddress();
    }
    cancelDeadline();
    gate.attach(created, resumption).ifPresent(last -> {
      link = null;
      sendAndClose(last);
    });
  }

  /** Cancels the handshake timeout and lets go of its task, which an open socket would hold. */
  private void cancelDeadline() {
    Future<?> pending = deadline;
    if (pending != null) {
      pending.cancel(false);
      deadline = null;
    }
  }

  private void sendAndClose(ByteBuffer last) {
    sender.send(last, Completion.of(() -> close(NORMAL, "session cannot continue"),
        failure -> {}));
  }

  private void reject(String reason) {
    Link current = link;
    if (current == null) {
      close(POLICY_VIOLATION, reason);
    } else {
      current.session().sendControl(Frames.error(reason));
    }
  }

  private void close(int status, String reason) {
    sender.close(status, Text.abbreviate(reason, MAX_REASON));
  }

  @Override
  public void closed(String reason) {
    lease.release();
    cancelDeadline();
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
      sender.send(Frames.lines(frames), done);
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

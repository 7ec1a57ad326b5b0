package dev.encke.internal.servlet;

import dev.encke.internal.host.Completion;
import dev.encke.internal.host.SocketEndpoint;
import dev.encke.internal.host.SocketSender;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page's WebSocket on {@code jakarta.websocket}: assembles text messages from their parts
 * (discarding one over the limit as it arrives) and hands them to the core's endpoint; sends the
 * messages of one write one after another through the asynchronous remote, each started when the
 * one before it was sent, as the API allows one send in flight. Public only because containers
 * insist that an endpoint class be.
 */
public final class ServletSocket extends Endpoint implements SocketSender {

  private static final Logger LOG = LoggerFactory.getLogger(ServletSocket.class);

  private final SocketEndpoint endpoint;
  private final Executor closers;
  private final int maxMessageBytes;
  private final StringBuilder partial = new StringBuilder();
  private int partialBytes;
  private boolean discarding;
  private volatile Session session;

  ServletSocket(SocketEndpoint endpoint, Executor closers) {
    this.endpoint = endpoint;
    this.closers = closers;
    this.maxMessageBytes = endpoint.maxMessageBytes();
  }

  @Override
  public void onOpen(Session session, EndpointConfig config) {
    this.session = session;
    session.setMaxIdleTimeout(0);
    session.addMessageHandler(String.class, (MessageHandler.Partial<String>) this::text);
    session.addMessageHandler(ByteBuffer.class, (MessageHandler.Partial<ByteBuffer>)
        (bytes, last) -> {
          if (last) {
            endpoint.binary();
          }
        });
    endpoint.opened(this);
  }

  private void text(String part, boolean last) {
    int bytes = part.getBytes(StandardCharsets.UTF_8).length;
    if (discarding || partialBytes + bytes > maxMessageBytes) {
      discarding = true;
      partial.setLength(0);
      partialBytes = 0;
    } else {
      partial.append(part);
      partialBytes += bytes;
    }
    if (last) {
      String message = partial.toString();
      partial.setLength(0);
      partialBytes = 0;
      if (discarding) {
        discarding = false;
        endpoint.tooLarge();
      } else {
        endpoint.received(StandardCharsets.UTF_8.encode(message));
      }
    }
  }

  @Override
  public void onClose(Session session, CloseReason reason) {
    endpoint.closed(String.valueOf(reason));
  }

  @Override
  public void onError(Session session, Throwable cause) {
    endpoint.closed("error: " + cause);
  }

  @Override
  public void send(ByteBuffer message, Completion done) {
    String text = StandardCharsets.UTF_8.decode(message.duplicate()).toString();
    try {
      session.getAsyncRemote().sendText(text, (SendResult result) -> {
        if (result.isOK()) {
          done.succeeded();
        } else {
          done.failed(result.getException());
        }
      });
    } catch (IllegalStateException e) {
      done.failed(e);
    }
  }

  /**
   * Hands the close to the host's closer thread, because the core calls this on container threads
   * (from a message handler, or from the completion of the last write) and {@code Session.close}
   * may block them: Tomcat writes the close frame blocking, for up to its blocking-send timeout
   * when the page reads slowly, after waiting for any message still in flight.
   */
  @Override
  public void close(int status, String reason) {
    CloseReason closing = new CloseReason(CloseReason.CloseCodes.getCloseCode(status), reason);
    try {
      closers.execute(() -> closeNow(closing));
    } catch (RejectedExecutionException e) {
      // Encke has stopped, and its closer with it: no push waits for this thread any more.
      closeNow(closing);
    }
  }

  private void closeNow(CloseReason closing) {
    try {
      session.close(closing);
    } catch (IOException e) {
      LOG.debug("closing a WebSocket failed", e);
    }
  }

  @Override
  public boolean isOpen() {
    Session open = session;
    return open != null && open.isOpen();
  }
}

package dev.encke.redis;

import dev.encke.Transport;
import dev.encke.internal.session.Connection;
import dev.encke.internal.session.DefaultScriptSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A connection that writes nothing: the test pulls the session's frames and reads them. */
final class QuietConnection implements Connection {

  private final DefaultScriptSession session;

  QuietConnection(DefaultScriptSession session) {
    this.session = session;
    session.attach(this, 0);
  }

  DefaultScriptSession session() {
    return session;
  }

  /** Every frame the session has for this connection now, as text, batches first by seq. */
  List<String> frames() {
    List<String> texts = new ArrayList<>();
    session.outgoing(this, 0, 10_000).frames()
        .forEach(frame -> texts.add(StandardCharsets.UTF_8.decode(frame.duplicate()).toString()));
    return texts;
  }

  @Override
  public void wake() {}

  @Override
  public void writeNow() {}

  @Override
  public void heartbeat() {
    session.admitUplink();
  }

  @Override
  public long lastActivity() {
    return System.nanoTime();
  }

  @Override
  public void close(String reason) {
    session.detach(this);
  }

  @Override
  public Transport transport() {
    return Transport.WEBSOCKET;
  }
}

package dev.encke.internal.session;

import dev.encke.Transport;

/** A connection that writes nothing and answers heartbeats: tests pull from the session. */
class IdleConnection implements Connection {

  private final DefaultScriptSession session;

  IdleConnection(DefaultScriptSession session) {
    this.session = session;
  }

  DefaultScriptSession session() {
    return session;
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

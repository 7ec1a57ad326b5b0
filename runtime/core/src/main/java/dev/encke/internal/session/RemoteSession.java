package dev.encke.internal.session;

import dev.encke.ScriptSession;
import dev.encke.Transport;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A session another node holds, as a relayed callback sees it: its id and page. What only its node
 * knows (attributes, connection, times) is not here. Immutable.
 */
record RemoteSession(String id, String page) implements ScriptSession {

  @Override
  public Optional<String> user() {
    return Optional.empty();
  }

  @Override
  public Instant createdAt() {
    return Instant.EPOCH;
  }

  @Override
  public Instant lastSeenAt() {
    return Instant.EPOCH;
  }

  @Override
  public boolean isConnected() {
    return true;
  }

  @Override
  public Optional<Transport> transport() {
    return Optional.empty();
  }

  @Override
  public boolean isEnded() {
    return false;
  }

  @Override
  public Optional<Object> attribute(String name) {
    return Optional.empty();
  }

  /**
   * @throws UnsupportedOperationException always: the session's attributes live on its node
   */
  @Override
  public void setAttribute(String name, Object value) {
    throw new UnsupportedOperationException("the attributes of " + this + " live on the node"
        + " that holds it; set \"" + name + "\" there");
  }

  @Override
  public Set<String> attributeNames() {
    return Set.of();
  }

  @Override
  public String toString() {
    return "ScriptSession{" + page + " " + id + " on another node}";
  }
}

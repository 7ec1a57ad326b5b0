package dev.encke.internal.protocol;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;

/**
 * A value a page was asked to send back: completed from the page's {@code reply} message, converted
 * to the Java type the proxy promised.
 */
public final class PendingReply {

  private final long id;
  private final JavaType type;
  private final CompletableFuture<Object> future = new CompletableFuture<>();
  private final String description;

  PendingReply(long id, JavaType type, String description) {
    this.id = id;
    this.type = type;
    this.description = description;
  }

  /**
   * A reply this node awaits for another: the page's value as it came, as JSON, which the node
   * that asked converts. {@code id} is the other node's number for it.
   */
  public static PendingReply relayed(long id, String description) {
    return new PendingReply(id, Json.type(JsonNode.class), description);
  }

  public long id() {
    return id;
  }

  public CompletableFuture<Object> future() {
    return future;
  }

  /** Completes with the page's value; a value of the wrong shape fails the future with the reason. */
  public void complete(JsonNode value) {
    try {
      future.complete(Json.convert(value, type));
    } catch (IllegalArgumentException e) {
      future.completeExceptionally(new IllegalStateException(
          description + " returned " + value + ", not a " + type.toCanonical() + ": "
              + e.getMessage(), e));
    }
  }

  public void fail(Throwable cause) {
    future.completeExceptionally(cause);
  }

  @Override
  public String toString() {
    return description;
  }
}

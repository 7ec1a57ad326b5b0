package dev.encke.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.PendingReply;
import dev.encke.js.JsCallback;
import dev.encke.spi.Backplane;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values and events across nodes. A node that ships a batch keeps its replies (timed out after the
 * reply timeout) and its callbacks (the latest {@value #MAX_CALLBACKS}); the node whose page
 * answers or calls back mails the answer or the call to it, and the value completes, or the
 * callback runs, on the asking node: on its listener pool, relayed events one at a time in the
 * order they arrive. Thread-safe.
 */
final class Relay {

  private static final Logger LOG = LoggerFactory.getLogger(Relay.class);
  static final int MAX_CALLBACKS = 10_000;

  private final String nodeId;
  private final Backplane backplane;
  private final Executor listenerPool;
  private final SerialExecutor events;
  private final ScheduledExecutorService timer;
  private final Duration replyTimeout;
  private final BiConsumer<String, EncodedBatch> answerSession;
  private final Map<Long, PendingReply> replies = new ConcurrentHashMap<>();
  private final Map<Long, JsCallback> callbacks = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, JsCallback> eldest) {
      return size() > MAX_CALLBACKS;
    }
  };

  /**
   * @param answerSession pushes what a relayed callback recorded to the session that called it
   */
  Relay(String nodeId, Backplane backplane, Executor listenerPool,
      ScheduledExecutorService timer, Duration replyTimeout,
      BiConsumer<String, EncodedBatch> answerSession) {
    this.nodeId = nodeId;
    this.backplane = backplane;
    this.listenerPool = listenerPool;
    this.events = new SerialExecutor(listenerPool);
    this.timer = timer;
    this.replyTimeout = replyTimeout;
    this.answerSession = answerSession;
  }

  /** Keeps what must come back to this node of a batch it ships. */
  void keep(EncodedBatch batch) {
    synchronized (callbacks) {
      callbacks.putAll(batch.callbacks());
    }
    for (PendingReply reply : batch.replies()) {
      replies.put(reply.id(), reply);
      timer.schedule(() -> {
        if (replies.remove(reply.id(), reply)) {
          reply.fail(new TimeoutException(reply + " did not come back from another node within "
              + replyTimeout));
        }
      }, replyTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /**
   * The batch another node shipped, as this node's sessions receive it: its replies and callbacks
   * stand for the publishing node's and mail what the page sends back there.
   */
  EncodedBatch relayed(Shipment.Received received, String origin) {
    if (received.replies().isEmpty() && received.callbacks().isEmpty()) {
      return received.batch();
    }
    List<PendingReply> relayedReplies = new ArrayList<>();
    for (long id : received.replies()) {
      PendingReply reply = PendingReply.relayed(id, "reply " + id + " for node " + origin);
      reply.future().whenComplete((value, failure) -> backplane.publish(Shipment.reply(nodeId,
          origin, id, (JsonNode) value, failure == null ? null : failure.getMessage())));
      relayedReplies.add(reply);
    }
    Map<Long, JsCallback> relayedCallbacks = new HashMap<>();
    for (long id : received.callbacks()) {
      relayedCallbacks.put(id, arguments -> {
        ArrayNode args = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < arguments.size(); i++) {
          args.add(arguments.get(i, JsonNode.class));
        }
        backplane.publish(Shipment.event(nodeId, origin, arguments.session().id(),
            arguments.session().page(), id, args));
      });
    }
    return received.batch().withRelayed(relayedCallbacks, relayedReplies);
  }

  /** A page of another node answered a reply of this node. */
  void answer(Shipment.ReplyMail mail) {
    PendingReply reply = replies.remove(mail.id());
    if (reply == null) {
      LOG.debug("{}: the answer to reply {} came after it was given up", nodeId, mail.id());
      return;
    }
    listenerPool.execute(() -> {
      if (mail.error() != null) {
        reply.fail(new IllegalStateException(reply + " failed on the page: " + mail.error()));
      } else {
        reply.complete(mail.value());
      }
    });
  }

  /** A page of another node called a callback of this node. */
  void call(Shipment.EventMail mail) {
    JsCallback callback;
    synchronized (callbacks) {
      callback = callbacks.get(mail.callback());
    }
    if (callback == null) {
      LOG.warn("{}: {} of another node called callback {}, which this node no longer keeps",
          nodeId, mail.session(), mail.callback());
      return;
    }
    events.execute(new RelayedInvocation(mail, callback, answerSession));
  }
}

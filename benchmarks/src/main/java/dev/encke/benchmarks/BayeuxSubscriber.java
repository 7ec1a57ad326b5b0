package dev.encke.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * A Bayeux 1.0 client over WebSocket, as CometD's own clients behave: handshake, subscribe to the
 * room, and keep one {@code /meta/connect} outstanding. After a reconnect it sends
 * {@code /meta/connect} with its client id to resume, and handshakes anew only if the server forgot
 * it. Data messages are scanned for payloads; only meta messages are parsed.
 *
 * <p>With acknowledgements it behaves as CometD's {@code AckExtension} (client side of the server's
 * {@code AcknowledgedMessagesExtension}): the handshake asks for them with {@code ext.ack: true}; a
 * server that grants them answers {@code ext.ack: true} (or {@code {"enabled": true, "batch": n}})
 * and then delivers messages only with {@code /meta/connect} replies, each numbering its batch in
 * {@code ext.ack}; every {@code /meta/connect} carries the last batch received, and after a reconnect
 * the server resends what came after it.
 */
final class BayeuxSubscriber extends Subscriber {

  /** The WebSocket endpoint of the CometD peer. */
  static final String PATH = "/cometd";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, Object>>> MESSAGES = new TypeReference<>() {};

  private final boolean askForAcks;
  private String clientId;
  private long nextId;
  private boolean resuming;
  private boolean serverAcks;
  private long batch;

  BayeuxSubscriber(WsFleet fleet, boolean askForAcks) {
    super(fleet);
    this.askForAcks = askForAcks;
  }

  @Override
  void onOpen(Link link) {
    if (clientId == null) {
      handshake(link);
    } else {
      resuming = true;
      connect(link, 0);
    }
  }

  @Override
  void onMessage(Link link, String message) {
    receivePayloads(message);
    if (message.contains("\"/meta/")) {
      try {
        for (Map<String, Object> reply : JSON.readValue(message, MESSAGES)) {
          onMeta(link, reply);
        }
      } catch (JsonProcessingException e) {
        failed("Bayeux: unreadable " + message);
      }
    }
  }

  private void onMeta(Link link, Map<String, Object> reply) {
    String channel = String.valueOf(reply.get("channel"));
    boolean successful = Boolean.TRUE.equals(reply.get("successful"));
    switch (channel) {
      case "/meta/handshake":
        if (successful) {
          clientId = (String) reply.get("clientId");
          acceptAckOffer(reply.get("ext"));
          send(link, "{\"channel\":\"/meta/subscribe\",\"subscription\":\"/room\"");
          connect(link, 0);
        } else {
          failed("Bayeux handshake: " + reply);
        }
        break;
      case "/meta/subscribe":
        if (successful) {
          resuming = false;
          ready();
        } else {
          failed("Bayeux subscribe: " + reply);
        }
        break;
      case "/meta/connect":
        onConnectReply(link, reply, successful);
        break;
      default:
        break;
    }
  }

  /** Whether the handshake reply grants acknowledgements, in either of CometD's two forms. */
  private void acceptAckOffer(Object ext) {
    serverAcks = false;
    batch = 0;
    if (!askForAcks || !(ext instanceof Map)) {
      return;
    }
    Object ack = ((Map<?, ?>) ext).get("ack");
    if (ack instanceof Map) {
      serverAcks = Boolean.TRUE.equals(((Map<?, ?>) ack).get("enabled"));
      if (((Map<?, ?>) ack).get("batch") instanceof Number) {
        batch = ((Number) ((Map<?, ?>) ack).get("batch")).longValue();
      }
    } else {
      serverAcks = Boolean.TRUE.equals(ack);
    }
  }

  private void onConnectReply(Link link, Map<String, Object> reply, boolean successful) {
    if (successful) {
      Object ext = reply.get("ext");
      if (serverAcks && ext instanceof Map && ((Map<?, ?>) ext).get("ack") instanceof Number) {
        batch = ((Number) ((Map<?, ?>) ext).get("ack")).longValue();
      }
      if (resuming) {
        resuming = false;
        ready();
      }
      connect(link, -1);
    } else if (String.valueOf(reply.get("error")).startsWith("402")) {
      // The server expired the session: start over, as CometD's client does.
      startedOver();
      clientId = null;
      handshake(link);
    } else if (!link.isDropped()) {
      failed("Bayeux connect: " + reply);
    }
  }

  private void handshake(Link link) {
    String ext = askForAcks ? ",\"ext\":{\"ack\":true}" : "";
    link.send("[{\"channel\":\"/meta/handshake\",\"version\":\"1.0\",\"minimumVersion\":\"1.0\","
        + "\"supportedConnectionTypes\":[\"websocket\"]" + ext + ",\"id\":\"" + (++nextId) + "\"}]");
  }

  /** Sends {@code /meta/connect}; a timeout of 0 asks for an immediate reply, -1 for the default. */
  private void connect(Link link, long timeout) {
    String advice = timeout < 0 ? "" : ",\"advice\":{\"timeout\":" + timeout + "}";
    String ext = serverAcks ? ",\"ext\":{\"ack\":" + batch + "}" : "";
    send(link, "{\"channel\":\"/meta/connect\",\"connectionType\":\"websocket\"" + advice + ext);
  }

  /** Completes a message opened by {@code start} with the client id and a message id. */
  private void send(Link link, String start) {
    link.send("[" + start + ",\"clientId\":\"" + clientId + "\",\"id\":\"" + (++nextId) + "\"}]");
  }
}

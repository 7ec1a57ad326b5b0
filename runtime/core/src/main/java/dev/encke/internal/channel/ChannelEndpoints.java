package dev.encke.internal.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.encke.Transport;
import dev.encke.internal.channel.ResponseConnection.Framing;
import dev.encke.internal.host.HttpExchange;
import dev.encke.internal.host.SocketEndpoint;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.Json;
import dev.encke.internal.protocol.Text;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.session.SessionSettings;
import dev.encke.internal.session.UplinkDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The channel's endpoints under {@code /encke/}, whatever the host: {@code hello}, the down-links
 * {@code sse}, {@code stream} and {@code poll}, the up-link {@code up}, the client script, and the
 * checks of a WebSocket upgrade. Never blocks: bodies are read and responses written through the
 * host's asynchronous exchange. Thread-safe.
 */
public final class ChannelEndpoints {

  static final String SESSION_HEADER = "X-Encke-Session";
  static final String TOKEN_HEADER = "X-Encke-Token";
  private static final int MAX_MESSAGES_PER_POST = 100;
  private static final Set<String> PATHS = Set.of("/encke/encke.js", "/encke/hello",
      "/encke/sse", "/encke/stream", "/encke/poll", "/encke/up");

  private final SessionHub hub;
  private final SessionSettings settings;
  private final ChannelGate gate;
  private final OriginPolicy origins;
  private final ClientScript script = ClientScript.load();
  private final UplinkDispatcher uplink = new UplinkDispatcher();

  public ChannelEndpoints(SessionHub hub, Executor writers, List<String> allowedOrigins) {
    this.hub = hub;
    this.settings = hub.settings();
    this.gate = new ChannelGate(hub, writers);
    this.origins = new OriginPolicy(allowedOrigins);
  }

  public boolean handles(String path) {
    return PATHS.contains(path);
  }

  public void handle(HttpExchange exchange) {
    switch (exchange.path()) {
      case "/encke/encke.js":
        route(exchange, "GET", false, () -> script.serve(exchange));
        break;
      case "/encke/hello":
        route(exchange, "POST", true, () -> hello(exchange));
        break;
      case "/encke/sse":
        route(exchange, "GET", false, () -> sse(exchange));
        break;
      case "/encke/stream":
        route(exchange, "POST", true, () -> postDownlink(exchange, Framing.NDJSON));
        break;
      case "/encke/poll":
        route(exchange, "POST", true, () -> postDownlink(exchange, Framing.POLL));
        break;
      case "/encke/up":
        route(exchange, "POST", true, () -> up(exchange));
        break;
      default:
        JsonResponses.refuse(exchange, 404, "no Encke endpoint at " + Text.abbreviate(exchange.path(),
            80));
    }
  }

  /**
   * Runs {@code body} for a request with the {@code expected} method whose origin may proceed.
   *
   * @param originRequired whether a request without an {@code Origin} header is refused: browsers
   *     send one on every WebSocket upgrade and POST, but not on a same-origin {@code EventSource}
   *     or a script load
   */
  private void route(HttpExchange exchange, String expected, boolean originRequired,
      Guard.Body body) {
    if (!expected.equals(exchange.method())) {
      exchange.setHeader("Allow", expected);
      JsonResponses.refuse(exchange, 405, exchange.method() + " not allowed here; use " + expected);
      return;
    }
    String refusal = exchange.path().equals("/encke/encke.js") ? null
        : origins.refusal(exchange, originRequired);
    if (refusal != null) {
      JsonResponses.refuse(exchange, 403, refusal);
      return;
    }
    Guard.run(exchange, body);
  }

  /** The checks of a WebSocket upgrade; {@code null} when refused, the exchange answered. */
  public SocketEndpoint upgrade(HttpExchange exchange) {
    String refusal = origins.refusal(exchange, true);
    String browser = BrowserCookie.read(exchange);
    if (refusal == null && !settings.transports().contains(Transport.WEBSOCKET)) {
      refusal = "transport ws is disabled on this server";
    } else if (refusal == null && browser == null) {
      refusal = "no Encke browser cookie: the page must say hello first";
    }
    if (refusal != null) {
      JsonResponses.refuse(exchange, 403, refusal);
      return null;
    }
    return new SocketConnection(gate, uplink, browser);
  }

  private void hello(HttpExchange exchange) {
    RequestText.readText(exchange, settings.maxUplinkBytes(), body -> {
      Hello hello = Hello.parse(body);
      if (hello.refusal() != null) {
        JsonResponses.refuse(exchange, 400, hello.refusal());
        return;
      }
      String browser = BrowserCookie.readOrIssue(exchange);
      Optional<DefaultScriptSession> session = hub.hello(hello.page(), browser, hello.rawScript());
      if (session.isEmpty()) {
        JsonResponses.refuse(exchange, 429, "too many sessions for this browser: at most "
            + settings.maxSessionsPerBrowser() + " may be open at once");
        return;
      }
      JsonResponses.json(exchange, 200, Frames.welcome(session.get().id(),
          session.get().credentials().token(), settings.heartbeat().toMillis(),
          transportNames()));
    });
  }

  private List<String> transportNames() {
    List<String> names = new ArrayList<>();
    for (Transport transport : settings.transports()) {
      names.add(transport.wireName());
    }
    return names;
  }

  private void sse(HttpExchange exchange) {
    ChannelGate.Resumption resumption = gate.resume(BrowserCookie.read(exchange),
        exchange.query("session"), exchange.query("token"), seqNode(exchange.query("seq")),
        Transport.SSE);
    open(exchange, Framing.SSE, true, resumption);
  }

  private static JsonNode seqNode(String text) {
    try {
      return LongNode.valueOf(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return TextNode.valueOf(String.valueOf(text));
    }
  }

  private void postDownlink(HttpExchange exchange, Framing framing) {
    RequestText.readText(exchange, settings.maxUplinkBytes(), body -> {
      Json.Parsed parsed = Json.parse(body);
      JsonNode root = parsed.root();
      if (parsed.rejection() != null || root == null || !"resume".equals(root.path("t").asText())) {
        JsonResponses.refuse(exchange, 400, parsed.rejection() != null ? parsed.rejection()
            : "the body must be a resume message, not " + Text.abbreviate(body, 80));
        return;
      }
      Transport transport = framing == Framing.POLL ? Transport.LONG_POLLING : Transport.STREAMING;
      ChannelGate.Resumption resumption = gate.resume(BrowserCookie.read(exchange),
          exchange.header(SESSION_HEADER), exchange.header(TOKEN_HEADER), root.get("seq"),
          transport);
      boolean greet = framing != Framing.POLL || root.path("greet").asBoolean(false);
      open(exchange, framing, greet, resumption);
    });
  }

  private void open(HttpExchange exchange, Framing framing, boolean greet,
      ChannelGate.Resumption resumption) {
    if (resumption.refusal() != null) {
      JsonResponses.refuse(exchange, resumption.status(), resumption.refusal());
      return;
    }
    if (resumption.reload() != null) {
      ResponseConnection.answer(framing, resumption.reload(), exchange);
      return;
    }
    ResponseConnection connection = ResponseConnection.open(
        resumption.session(), resumption.appliedSeq(), framing, greet, exchange, gate.writers());
    gate.attach(connection, resumption).ifPresent(connection::answerInstead);
  }

  private void up(HttpExchange exchange) {
    Optional<DefaultScriptSession> found = hub.find(exchange.header(SESSION_HEADER));
    if (found.isEmpty()) {
      JsonResponses.json(exchange, 200, "[" + StandardCharsets.UTF_8.decode(
          Frames.reload("unknown session: it expired or the server restarted")) + "]");
      return;
    }
    DefaultScriptSession session = found.get();
    if (!session.credentials().matches(BrowserCookie.read(exchange),
        exchange.header(TOKEN_HEADER))) {
      JsonResponses.refuse(exchange, 403, "the browser cookie or CSRF token does not match the session");
      return;
    }
    RequestText.readText(exchange, settings.maxUplinkBytes(),
        body -> dispatchAll(session, body, exchange));
  }

  private void dispatchAll(DefaultScriptSession session, String body, HttpExchange exchange) {
    Json.Parsed parsed = Json.parse(body);
    if (parsed.rejection() != null) {
      session.admitUplink();
      JsonResponses.refuse(exchange, 400, parsed.rejection());
      return;
    }
    JsonNode root = parsed.root();
    List<JsonNode> messages = new ArrayList<>();
    if (root != null && root.isArray()) {
      root.forEach(messages::add);
    } else {
      messages.add(root);
    }
    if (messages.size() > MAX_MESSAGES_PER_POST) {
      session.admitUplink();
      JsonResponses.refuse(exchange, 400, "at most " + MAX_MESSAGES_PER_POST
          + " messages per request, not " + messages.size());
      return;
    }
    StringBuilder answer = new StringBuilder("[");
    for (JsonNode message : messages) {
      uplink.dispatch(session, message).ifPresent(reason ->
          answer.append(answer.length() > 1 ? "," : "").append(Frames.errorText(reason)));
    }
    JsonResponses.json(exchange, 200, answer.append(']').toString());
  }
}

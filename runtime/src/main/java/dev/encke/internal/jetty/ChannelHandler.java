package dev.encke.internal.jetty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.encke.Transport;
import dev.encke.internal.protocol.Frames;
import dev.encke.internal.protocol.UplinkDispatcher;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.transport.ChannelGate;
import dev.encke.internal.transport.ResponseConnection;
import dev.encke.internal.transport.ResponseConnection.Framing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The HTTP endpoints of the channel under {@code /encke/}: {@code hello}, the down-links {@code
 * sse}, {@code stream} and {@code poll}, the up-link {@code up}, and the client script. Everything
 * else (the WebSocket upgrade, static files) goes to the next handler. Never blocks: bodies are read
 * with demand, responses written with callbacks.
 */
final class ChannelHandler extends Handler.Wrapper {

  static final String SESSION_HEADER = "X-Encke-Session";
  static final String TOKEN_HEADER = "X-Encke-Token";
  private static final int MAX_MESSAGES_PER_POST = 100;

  private final SessionHub hub;
  private final ChannelGate gate;
  private final OriginPolicy origins;
  private final ClientScript script;
  private final UplinkDispatcher uplink = new UplinkDispatcher();

  ChannelHandler(ChannelGate gate, OriginPolicy origins, ClientScript script, Handler next) {
    super(next);
    this.hub = gate.hub();
    this.gate = gate;
    this.origins = origins;
    this.script = script;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    switch (path) {
      case "/encke/encke.js":
        return route(request, response, callback, HttpMethod.GET, () -> script.serve(response,
            callback));
      case "/encke/hello":
        return route(request, response, callback, HttpMethod.POST, () -> hello(request, response,
            callback));
      case "/encke/sse":
        return route(request, response, callback, HttpMethod.GET, () -> sse(request, response,
            callback));
      case "/encke/stream":
        return route(request, response, callback, HttpMethod.POST, () -> postDownlink(request,
            response, callback, Framing.NDJSON));
      case "/encke/poll":
        return route(request, response, callback, HttpMethod.POST, () -> postDownlink(request,
            response, callback, Framing.POLL));
      case "/encke/up":
        return route(request, response, callback, HttpMethod.POST, () -> up(request, response,
            callback));
      default:
        return super.handle(request, response, callback);
    }
  }

  private static boolean route(Request request, Response response, Callback callback,
      HttpMethod expected, Guard.Body body) {
    if (!expected.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, expected.asString());
      Replies.refuse(response, callback, 405, request.getMethod() + " not allowed here; use "
          + expected.asString());
      return true;
    }
    Guard.run(response, callback, body);
    return true;
  }

  private void hello(Request request, Response response, Callback callback) {
    String refusal = origins.refusal(request, true);
    if (refusal != null) {
      Replies.refuse(response, callback, 403, refusal);
      return;
    }
    Bodies.read(request, response, callback, hub.settings().maxUplinkBytes(), body -> {
      Hello hello = Hello.parse(body);
      if (hello.refusal() != null) {
        Replies.refuse(response, callback, 400, hello.refusal());
        return;
      }
      String browser = BrowserCookie.readOrIssue(request, response);
      Optional<DefaultScriptSession> session = hub.hello(hello.page(), browser, hello.rawScript());
      if (session.isEmpty()) {
        Replies.refuse(response, callback, 429, "too many sessions for this browser: at most "
            + hub.settings().maxSessionsPerBrowser() + " may be open at once");
        return;
      }
      Replies.json(response, callback, 200, Frames.welcome(session.get().id(),
          session.get().credentials().token(), hub.settings().heartbeat().toMillis(),
          transportNames()));
    });
  }

  private List<String> transportNames() {
    List<String> names = new ArrayList<>();
    for (Transport transport : hub.settings().transports()) {
      names.add(transport.wireName());
    }
    return names;
  }

  private void sse(Request request, Response response, Callback callback) {
    String refusal = origins.refusal(request, false);
    if (refusal != null) {
      Replies.refuse(response, callback, 403, refusal);
      return;
    }
    Fields query = Request.extractQueryParameters(request);
    JsonNode seq = seqNode(query.getValue("seq"));
    ChannelGate.Resumption resumption = gate.resume(BrowserCookie.read(request),
        query.getValue("session"), query.getValue("token"), seq, Transport.SSE);
    open(request, response, callback, Framing.SSE, true, resumption);
  }

  private static JsonNode seqNode(String text) {
    try {
      return LongNode.valueOf(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return TextNode.valueOf(String.valueOf(text));
    }
  }

  private void postDownlink(Request request, Response response, Callback callback,
      Framing framing) {
    String refusal = origins.refusal(request, true);
    if (refusal != null) {
      Replies.refuse(response, callback, 403, refusal);
      return;
    }
    Bodies.read(request, response, callback, hub.settings().maxUplinkBytes(), body -> {
      UplinkDispatcher.Parsed parsed = UplinkDispatcher.parse(body);
      JsonNode root = parsed.root();
      if (parsed.rejection() != null || root == null || !"resume".equals(root.path("t").asText())) {
        Replies.refuse(response, callback, 400, parsed.rejection() != null ? parsed.rejection()
            : "the body must be a resume message, not " + UplinkDispatcher.abbreviate(body));
        return;
      }
      Transport transport = framing == Framing.POLL ? Transport.LONG_POLLING : Transport.STREAMING;
      ChannelGate.Resumption resumption = gate.resume(BrowserCookie.read(request),
          request.getHeaders().get(SESSION_HEADER), request.getHeaders().get(TOKEN_HEADER),
          root.get("seq"), transport);
      boolean greet = framing != Framing.POLL || root.path("greet").asBoolean(false);
      open(request, response, callback, framing, greet, resumption);
    });
  }

  private void open(Request request, Response response, Callback callback, Framing framing,
      boolean greet, ChannelGate.Resumption resumption) {
    if (resumption.refusal() != null) {
      Replies.refuse(response, callback, resumption.status(), resumption.refusal());
      return;
    }
    if (resumption.reload() != null) {
      ResponseConnection.answer(framing, resumption.reload(), response, callback);
      return;
    }
    ResponseConnection connection = ResponseConnection.open(
        resumption.session(), resumption.appliedSeq(), framing, greet, request, response,
        callback, gate.writers());
    gate.attach(connection, resumption).ifPresent(connection::answerInstead);
  }

  private void up(Request request, Response response, Callback callback) {
    String refusal = origins.refusal(request, true);
    if (refusal != null) {
      Replies.refuse(response, callback, 403, refusal);
      return;
    }
    Optional<DefaultScriptSession> found = hub.find(request.getHeaders().get(SESSION_HEADER));
    if (found.isEmpty()) {
      Replies.json(response, callback, 200, "[" + StandardCharsets.UTF_8.decode(
          Frames.reload("unknown session: it expired or the server restarted")) + "]");
      return;
    }
    DefaultScriptSession session = found.get();
    String token = request.getHeaders().get(TOKEN_HEADER);
    if (!session.credentials().matches(BrowserCookie.read(request), token)) {
      Replies.refuse(response, callback, 403,
          "the browser cookie or CSRF token does not match the session");
      return;
    }
    Bodies.read(request, response, callback, hub.settings().maxUplinkBytes(),
        body -> dispatchAll(session, body, response, callback));
  }

  private void dispatchAll(DefaultScriptSession session, String body, Response response,
      Callback callback) {
    UplinkDispatcher.Parsed parsed = UplinkDispatcher.parse(body);
    if (parsed.rejection() != null) {
      session.admitUplink();
      Replies.refuse(response, callback, 400, parsed.rejection());
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
      Replies.refuse(response, callback, 400, "at most " + MAX_MESSAGES_PER_POST
          + " messages per request, not " + messages.size());
      return;
    }
    StringBuilder answer = new StringBuilder("[");
    for (JsonNode message : messages) {
      uplink.dispatch(session, message).ifPresent(reason -> {
        answer.append(answer.length() > 1 ? "," : "").append(Frames.errorText(reason));
      });
    }
    Replies.json(response, callback, 200, answer.append(']').toString());
  }
}

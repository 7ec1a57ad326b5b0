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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel's endpoints under {@code /encke/}, whatever the host: {@code hello}, the down-links
 * {@code sse}, {@code stream} and {@code poll}, the up-link {@code up}, the client script, and the
 * checks of a WebSocket upgrade. A request through a trusted proxy is seen as the client addressed
 * it ({@link ForwardedExchange}). Every request is first screened (its host, the security headers);
 * then its origin, cookie and token are checked, and its client address's limits, before its body
 * is read; a body is parsed only after its bytes were admitted. Never blocks: bodies are read and
 * responses written through the host's asynchronous exchange. Thread-safe.
 */
public final class ChannelEndpoints {

  private static final Logger LOG = LoggerFactory.getLogger(ChannelEndpoints.class);
  static final String SESSION_HEADER = "X-Encke-Session";
  static final String TOKEN_HEADER = "X-Encke-Token";
  /** A hello or a resume is a few dozen bytes; nothing longer is read, let alone parsed. */
  static final int MAX_HANDSHAKE_BYTES = 4096;
  private static final int MAX_MESSAGES_PER_POST = 100;
  private static final Set<String> PATHS = Set.of("/encke/encke.js", "/encke/hello",
      "/encke/sse", "/encke/stream", "/encke/poll", "/encke/up");

  private final SessionHub hub;
  private final SessionSettings settings;
  private final ChannelSettings channel;
  private final ChannelGate gate;
  private final OriginPolicy origins;
  private final HostPolicy hosts;
  private final SecurityHeaders headers;
  private final BrowserCookie cookies;
  private final ClientAddresses addresses;
  private final AddressLimits limits;
  private final Refusals refusals;
  private final PageUsers users;
  private final ClientScript script = ClientScript.load();
  private final UplinkDispatcher uplink = new UplinkDispatcher();
  private volatile boolean refusingNewPages;

  public ChannelEndpoints(SessionHub hub, Executor writers, ChannelSettings channel) {
    this.hub = hub;
    this.settings = hub.settings();
    this.channel = channel;
    this.gate = new ChannelGate(hub, writers);
    this.origins = new OriginPolicy(channel.allowedOrigins());
    this.hosts = new HostPolicy(channel);
    this.headers = new SecurityHeaders(channel.contentSecurityPolicies());
    this.cookies = new BrowserCookie(channel.cookieSecret());
    this.addresses = new ClientAddresses(channel.trustedProxies());
    this.limits = new AddressLimits(channel);
    this.refusals = new Refusals(hub.clientFaults());
    this.users = new PageUsers(channel.userResolver(), addresses);
    hub.scheduleEvery(limits::forgetIdle, Duration.ofSeconds(10));
  }

  /** From now on a hello is answered 503: the server is shutting down. */
  public void refuseNewPages() {
    refusingNewPages = true;
  }

  public boolean handles(String path) {
    return PATHS.contains(path);
  }

  /**
   * Sets the security headers on the response of any request, page or channel; refuses, with 421,
   * a request for a host this server does not answer as.
   *
   * @return whether the request may go on; when not, it has been answered
   */
  public boolean screen(HttpExchange request) {
    HttpExchange exchange = ForwardedExchange.of(request, addresses);
    headers.apply(exchange);
    if (hosts.allows(exchange.host())) {
      return true;
    }
    refusals.refuse(exchange, addresses.of(exchange), 421, "this server does not answer for"
        + " host \"" + Text.abbreviate(String.valueOf(exchange.host()), 100) + "\"; add it with"
        + " Encke.Builder.allowedHosts");
    return false;
  }

  public void handle(HttpExchange request) {
    HttpExchange exchange = ForwardedExchange.of(request, addresses);
    if (!screen(exchange)) {
      return;
    }
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
      refusals.refuse(exchange, addresses.of(exchange), 403, refusal);
      return;
    }
    Guard.run(exchange, body);
  }

  /**
   * The checks of a WebSocket upgrade, the cheap ones first: host, origin, transport, a cookie this
   * server signed, then the address's upgrades a second and open connections. {@code null} when
   * refused, the exchange answered.
   */
  public SocketEndpoint upgrade(HttpExchange request) {
    HttpExchange exchange = ForwardedExchange.of(request, addresses);
    if (!screen(exchange)) {
      return null;
    }
    String address = addresses.limitKey(exchange);
    String refusal = origins.refusal(exchange, true);
    String browser = cookies.read(exchange);
    if (refusal == null && !settings.transports().contains(Transport.WEBSOCKET)) {
      refusal = "transport ws is disabled on this server";
    } else if (refusal == null && browser == null) {
      refusal = "no browser cookie this server issued: the page must say hello first";
    }
    if (refusal != null) {
      refusals.refuse(exchange, address, 403, refusal);
      return null;
    }
    if (!admitted(exchange, address, limits.upgrade(address), "upgrades a second",
        channel.maxUpgradesPerAddressPerSecond())) {
      return null;
    }
    AddressLimits.Lease lease = connect(exchange, address);
    if (lease == null) {
      return null;
    }
    SocketConnection socket =
        new SocketConnection(gate, uplink, browser, address, lease, refusals);
    socket.expireAt(hub.schedule(socket::handshakeExpired, channel.handshakeTimeout()),
        channel.handshakeTimeout());
    return socket;
  }

  /** Whether {@code verdict} admits the request; if not, it is answered 429 or 503. */
  private boolean admitted(HttpExchange exchange, String address, AddressLimits.Verdict verdict,
      String what, int perSecond) {
    if (verdict == AddressLimits.Verdict.TOO_MANY_ADDRESSES) {
      refusals.overLimit(exchange, address, 503, 10, "the server tracks the most client addresses"
          + " it may; try again later");
      return false;
    }
    if (verdict == AddressLimits.Verdict.OVER_RATE) {
      refusals.overLimit(exchange, address, 429, 1, "more than " + perSecond + " " + what
          + " from " + address);
      return false;
    }
    return true;
  }

  /** A connection slot of {@code address}, or {@code null} when refused and answered 429. */
  private AddressLimits.Lease connect(HttpExchange exchange, String address) {
    AddressLimits.Lease lease = limits.connect(address);
    if (lease == null) {
      refusals.overLimit(exchange, address, 429, 5, "more than "
          + channel.maxConnectionsPerAddress() + " open connections from " + address);
    }
    return lease;
  }

  private void hello(HttpExchange exchange) {
    String address = addresses.limitKey(exchange);
    if (refusingNewPages) {
      refusals.overLimit(exchange, address, 503, 5, "the server is shutting down; try again");
      return;
    }
    if (!admitted(exchange, address, limits.hello(address), "hellos a second",
        channel.maxHellosPerAddressPerSecond())) {
      return;
    }
    RequestText.readText(exchange, MAX_HANDSHAKE_BYTES, body -> {
      Hello hello = Hello.parse(body);
      if (hello.refusal() != null) {
        JsonResponses.refuse(exchange, 400, hello.refusal());
        return;
      }
      String page = pageBelow(hello.page(), exchange.contextPath());
      String user;
      try {
        user = users.userOf(exchange, page);
      } catch (IllegalStateException e) {
        LOG.warn("refused the hello of {}: {}", page, e.getMessage(), e.getCause());
        JsonResponses.refuse(exchange, 500, "the server could not tell who the user is");
        return;
      }
      String browser = cookies.readOrIssue(exchange);
      SessionHub.Admission admission = hub.hello(page, user, browser, limits.canonical(address),
          hello.rawScript());
      if (admission.refusal() != null) {
        refuseSession(exchange, address, admission);
        return;
      }
      DefaultScriptSession session = admission.session();
      JsonResponses.json(exchange, 200, Frames.welcome(session.id(),
          session.credentials().token(), settings.heartbeat().toMillis(), settings.ackPolicy(),
          transportNames()));
    });
  }

  /**
   * The page's path below the application's mount ({@code /share.html} of {@code
   * /app/share.html}), as the application names its pages; the whole path when it is not below.
   */
  private static String pageBelow(String page, String mount) {
    return !mount.isEmpty() && page.startsWith(mount + "/") ? page.substring(mount.length())
        : page;
  }

  private void refuseSession(HttpExchange exchange, String address,
      SessionHub.Admission admission) {
    switch (admission.refusal()) {
      case BROWSER:
        refusals.overLimit(exchange, address, 429, 10, "too many sessions for this browser: at"
            + " most " + settings.maxSessionsPerBrowser() + " may be open at once");
        break;
      case ADDRESS:
        refusals.overLimit(exchange, address, 429, 10, "too many sessions from " + address
            + ": at most " + settings.maxSessionsPerAddress() + " may be open at once");
        break;
      default:
        refusals.overLimit(exchange, address, 503, 30, "the server holds the most sessions it"
            + " may, " + settings.maxSessions() + "; try again later");
    }
  }

  private List<String> transportNames() {
    List<String> names = new ArrayList<>();
    for (Transport transport : settings.transports()) {
      names.add(transport.wireName());
    }
    return names;
  }

  private void sse(HttpExchange exchange) {
    ChannelGate.Resumption resumption = gate.resume(cookies.read(exchange),
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
    RequestText.readText(exchange, MAX_HANDSHAKE_BYTES, body -> {
      Json.Parsed parsed = Json.parse(body);
      JsonNode root = parsed.root();
      if (parsed.rejection() != null || root == null || !"resume".equals(root.path("t").asText())) {
        JsonResponses.refuse(exchange, 400, parsed.rejection() != null ? parsed.rejection()
            : "the body must be a resume message, not " + Text.abbreviate(body, 80));
        return;
      }
      Transport transport = framing == Framing.POLL ? Transport.LONG_POLLING : Transport.STREAMING;
      ChannelGate.Resumption resumption = gate.resume(cookies.read(exchange),
          exchange.header(SESSION_HEADER), exchange.header(TOKEN_HEADER), root.get("seq"),
          transport);
      boolean greet = framing != Framing.POLL || root.path("greet").asBoolean(false);
      open(exchange, framing, greet, resumption);
    });
  }

  private void open(HttpExchange exchange, Framing framing, boolean greet,
      ChannelGate.Resumption resumption) {
    if (resumption.refusal() != null) {
      refusals.refuse(exchange, addresses.of(exchange), resumption.status(), resumption.refusal());
      return;
    }
    if (resumption.reload() != null) {
      ResponseConnection.answer(framing, resumption.reload(), exchange);
      return;
    }
    AddressLimits.Lease lease = connect(exchange, addresses.limitKey(exchange));
    if (lease == null) {
      return;
    }
    ResponseConnection connection = ResponseConnection.open(resumption.session(),
        resumption.appliedSeq(), framing, greet, exchange, gate.writers(), lease::release);
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
    if (!session.credentials().matches(cookies.read(exchange), exchange.header(TOKEN_HEADER))) {
      refusals.refuse(exchange, addresses.of(exchange), 403,
          "the browser cookie or CSRF token does not match the session");
      return;
    }
    RequestText.readText(exchange, settings.maxUplinkBytes(), bytes -> {
      Optional<String> refused = uplink.admit(session, bytes);
      refused.ifPresent(reason ->
          refusals.overLimit(exchange, addresses.limitKey(exchange), 429, 1, reason));
      return refused.isEmpty();
    }, body -> dispatchAll(session, body, exchange));
  }

  /** The messages of one admitted POST; each after the first takes one more from the budget. */
  private void dispatchAll(DefaultScriptSession session, String body, HttpExchange exchange) {
    Json.Parsed parsed = Json.parse(body);
    if (parsed.rejection() != null) {
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
      JsonResponses.refuse(exchange, 400, "at most " + MAX_MESSAGES_PER_POST
          + " messages per request, not " + messages.size());
      return;
    }
    StringBuilder answer = new StringBuilder("[");
    for (int i = 0; i < messages.size(); i++) {
      Optional<String> refused = i == 0 ? Optional.empty() : uplink.admitAnother(session);
      JsonNode message = messages.get(i);
      refused.or(() -> uplink.dispatch(session, message)).ifPresent(reason ->
          answer.append(answer.length() > 1 ? "," : "").append(Frames.errorText(reason)));
    }
    JsonResponses.json(exchange, 200, answer.append(']').toString());
  }
}

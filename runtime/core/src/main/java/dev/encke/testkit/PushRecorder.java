package dev.encke.testkit;

import dev.encke.ScriptSession;
import dev.encke.Target;
import dev.encke.Transport;
import dev.encke.internal.session.Connection;
import dev.encke.internal.session.DefaultScriptSession;
import dev.encke.internal.session.Outgoing;
import dev.encke.internal.session.SessionHub;
import dev.encke.internal.session.SessionIds;
import dev.encke.internal.session.SessionSettings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests what an application pushes to which pages, without a browser or a network: pages are opened
 * in memory, and every batch pushed to them is decoded into {@link PushedCommand}s. It stands in for
 * the running {@code Encke} server, so code that calls {@code Browser.withPage(…)} and friends, or
 * generated proxies inside them, runs unchanged.
 *
 * <pre>{@code
 * class TickerTest {
 *   @RegisterExtension final PushRecorder pushes = PushRecorder.create();
 *
 *   @Test void theTickerUpdatesSharePagesOnly() {
 *     ScriptSession share = pushes.openPage("/share.html");
 *     ScriptSession other = pushes.openPage("/other.html");
 *
 *     new Ticker().tick(42.0);   // Browser.withPage("/share.html", () -> Util.setValue(…))
 *
 *     assertThat(pushes.commandsTo(share)).extracting(Object::toString)
 *         .containsExactly("dwr.util.setValue(\"price\", \"42.00\")");
 *     assertThat(pushes.commandsTo(other)).isEmpty();
 *   }
 * }
 * }</pre>
 *
 * <p>As a JUnit 5 extension it opens before each test and closes after it; without JUnit, call
 * {@link #open()} and {@link #close()}. While open it is the target of {@code Browser}'s static
 * methods, which therefore fail if an {@code Encke} server runs in the same JVM. Pushes are recorded
 * before the pushing call returns. Thread-safe. Raw script is refused, as on a default server.
 */
// "exports": its JUnit types come from the application's own test dependency on JUnit.
@SuppressWarnings("exports")
public final class PushRecorder implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

  private final Map<String, List<List<PushedCommand>>> received = new ConcurrentHashMap<>();
  private volatile SessionHub hub;

  private PushRecorder() {}

  /** A recorder that opens when a test starts (as an extension) or when {@link #open()} is called. */
  public static PushRecorder create() {
    return new PushRecorder();
  }

  /**
   * Opens the recorder: from now on {@code Browser}'s static methods push here.
   *
   * @throws IllegalStateException when it is open already
   */
  public synchronized PushRecorder open() {
    if (hub != null) {
      throw new IllegalStateException("this PushRecorder is open already");
    }
    hub = SessionHub.open(SessionSettings.defaults(), "PushRecorder");
    return this;
  }

  /** Opens a page view at {@code path}: a connected script session whose pushes are recorded. */
  public ScriptSession openPage(String path) {
    return open(path, null);
  }

  /**
   * Opens a page view at {@code path} for the user named {@code user}, as a host that
   * authenticated the page's request would: {@code Browser.withUser(user, …)} reaches it.
   */
  public ScriptSession openPage(String path, String user) {
    return open(path, Objects.requireNonNull(user, "user == null"));
  }

  private ScriptSession open(String path, String user) {
    Objects.requireNonNull(path, "path == null");
    DefaultScriptSession session = requireOpen().hello(path, user, SessionIds.next(), false)
        .orElseThrow(() -> new IllegalStateException("cannot open page " + path));
    received.put(session.id(), new CopyOnWriteArrayList<>());
    session.attach(new RecordingConnection(session), 0);
    return session;
  }

  /** The page leaves, as when the browser navigates away: its session ends. */
  public void closePage(ScriptSession page) {
    requireOpen().find(page.id()).ifPresent(hub::end);
  }

  /** Every command {@code page} received so far, in the order it applied them. */
  public List<PushedCommand> commandsTo(ScriptSession page) {
    List<PushedCommand> commands = new ArrayList<>();
    batchesTo(page).forEach(commands::addAll);
    return commands;
  }

  /** The batches {@code page} received, each one {@code with…} block or push, in order. */
  public List<List<PushedCommand>> batchesTo(ScriptSession page) {
    List<List<PushedCommand>> batches = received.get(Objects.requireNonNull(page, "page == null")
        .id());
    if (batches == null) {
      throw new IllegalArgumentException(page + " was not opened by this recorder");
    }
    return List.copyOf(batches);
  }

  /** Forgets what was recorded so far; pages stay open. */
  public void clear() {
    received.values().forEach(List::clear);
  }

  /** The open pages. */
  public List<ScriptSession> pages() {
    return requireOpen().snapshot();
  }

  /** Every open page, as {@code Encke.allSessions()}. */
  public Target allSessions() {
    return requireOpen().allSessions();
  }

  /** The views of the page at {@code path}, as {@code Encke.page(path)}. */
  public Target page(String path) {
    return requireOpen().page(path);
  }

  /** Every page of one user, as {@code Encke.user(name)}. */
  public Target user(String name) {
    return requireOpen().user(name);
  }

  /** One page view, as {@code Encke.session(id)}. */
  public Target session(String sessionId) {
    return requireOpen().session(sessionId);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    open();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  /** Ends every page and stops standing in for the server. */
  @Override
  public synchronized void close() {
    if (hub != null) {
      hub.close();
      hub = null;
    }
    received.clear();
  }

  private SessionHub requireOpen() {
    SessionHub open = hub;
    if (open == null) {
      throw new IllegalStateException("this PushRecorder is not open: register it with"
          + " @RegisterExtension or call open()");
    }
    return open;
  }

  /** Applies each batch at once, on the pushing thread: decodes, records, acknowledges. */
  private final class RecordingConnection implements Connection {
    private final DefaultScriptSession session;
    private long appliedSeq;

    RecordingConnection(DefaultScriptSession session) {
      this.session = session;
    }

    @Override
    public synchronized void wake() {
      Outgoing outgoing;
      while ((outgoing = session.outgoing(this, appliedSeq, 64)) != null && !outgoing.isEmpty()) {
        for (ByteBuffer frame : outgoing.frames()) {
          String text = StandardCharsets.UTF_8.decode(frame).toString();
          if (text.startsWith("{\"t\":\"batch\"")) {
            received.get(session.id()).add(CommandDecoder.decode(text));
          }
        }
        appliedSeq = outgoing.lastSeq();
        session.acknowledge(appliedSeq);
      }
    }

    @Override
    public void writeNow() {
      wake();
    }

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
}

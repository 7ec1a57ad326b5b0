package dev.encke.demo;

import dev.encke.Browser;
import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.bindings.DomEvent;
import dev.encke.bindings.dwr.Util;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A chat room, {@code /chat.html}: a message typed in one page is broadcast to every page of the
 * room (browser event, server, broadcast), and the list of who is online follows the sessions'
 * lifecycle.
 *
 * <p>Joins and leaves are gathered for {@link #ROSTER_DELAY_MS} and then sent as one delta to every
 * page that already shows the list, and as the whole list to the pages that joined since: a flood
 * of joins costs each page one small message per interval, never the whole list per join.
 */
final class ChatRoom implements ScriptSessionListener {

  static final String PATH = "/chat.html";
  static final int MAX_MESSAGE_CODE_POINTS = 500;
  static final long ROSTER_DELAY_MS = 100;
  private static final String NAME = "name";
  private static final String SHOWS_ROSTER = "showsRoster";

  private final Supplier<Encke> encke;
  private final ScheduledExecutorService scheduler;
  private final AtomicInteger guests = new AtomicInteger();
  private final Object rosterLock = new Object();
  /** The names of the room's sessions by id: an ended session's attributes are already gone. */
  private final Map<String, String> names = new HashMap<>();
  private final Set<String> online = new LinkedHashSet<>();
  private final Set<String> joined = new LinkedHashSet<>();
  private final Set<String> left = new LinkedHashSet<>();
  private final List<ScriptSession> newcomers = new ArrayList<>();
  private boolean flushScheduled;

  ChatRoom(Supplier<Encke> encke, ScheduledExecutorService scheduler) {
    this.encke = encke;
    this.scheduler = scheduler;
  }

  @Override
  public void sessionCreated(ScriptSession session) {
    if (!PATH.equals(session.page())) {
      return;
    }
    String name = "Guest " + guests.incrementAndGet();
    session.setAttribute(NAME, name);
    encke.get().session(session.id()).run(() -> {
      Util.setValue("me", name);
      Util.on("message", "keydown", this::onKey);
      Util.on("send", "click", event -> sendTypedText());
    });
    synchronized (rosterLock) {
      names.put(session.id(), name);
      joined.add(name);
      newcomers.add(session);
      scheduleFlushLocked();
    }
  }

  @Override
  public void sessionExpired(ScriptSession session) {
    if (!PATH.equals(session.page())) {
      return;
    }
    synchronized (rosterLock) {
      String name = names.remove(session.id());
      if (name == null) {
        return;
      }
      if (!joined.remove(name)) {
        left.add(name);
      }
      newcomers.remove(session);
      scheduleFlushLocked();
    }
  }

  private void onKey(DomEvent event) {
    if ("Enter".equals(event.key())) {
      say(Browser.currentSession().orElseThrow(), event.value());
    }
  }

  /** The button's own event carries no text, so the page is asked for the field's value. */
  private void sendTypedText() {
    ScriptSession me = Browser.currentSession().orElseThrow();
    Util.getValue("message").thenAccept(text -> say(me, text));
  }

  /** {@code speaker}'s field is cleared, and every page of the room hears what it said. */
  private void say(ScriptSession speaker, String text) {
    String message = cut(text == null ? "" : text.strip(), MAX_MESSAGE_CODE_POINTS);
    if (message.isEmpty()) {
      return;
    }
    String line = speaker.attribute(NAME).orElse("?") + ": " + message;
    encke.get().session(speaker.id()).run(() -> Util.setValue("message", ""));
    encke.get().page(PATH).run(() -> Util.addOptions("messages", List.of(line)));
  }

  /** The first {@code codePoints} code points of {@code text}: a surrogate pair is never split. */
  static String cut(String text, int codePoints) {
    if (text.codePointCount(0, text.length()) <= codePoints) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, codePoints));
  }

  private void scheduleFlushLocked() {
    if (!flushScheduled) {
      flushScheduled = true;
      scheduler.schedule(this::flushRoster, ROSTER_DELAY_MS, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Pushes under the roster lock, so that the deltas reach every page in the order they were
   * made, and a newcomer's whole list is never older than a delta it will get after.
   */
  private void flushRoster() {
    synchronized (rosterLock) {
      flushScheduled = false;
      List<String> added = List.copyOf(joined);
      List<String> removed = List.copyOf(left);
      online.removeAll(left);
      online.addAll(joined);
      joined.clear();
      left.clear();
      List<String> everyone = List.copyOf(online);
      if (!added.isEmpty() || !removed.isEmpty()) {
        encke.get().page(PATH).filtered(page -> page.attribute(SHOWS_ROSTER).isPresent())
            .run(() -> {
              Util.removeOptions("online", removed);
              Util.addOptions("online", added);
              Util.setValue("count", everyone.size());
            });
      }
      if (!newcomers.isEmpty()) {
        Set<String> arrived = new HashSet<>();
        for (ScriptSession newcomer : newcomers) {
          newcomer.setAttribute(SHOWS_ROSTER, true);
          arrived.add(newcomer.id());
        }
        // One batch for every newcomer of this interval: the whole list is encoded once, and its
        // bytes shared, however many joined.
        encke.get().page(PATH).filtered(page -> arrived.contains(page.id())).run(() -> {
          Util.removeAllOptions("online");
          Util.addOptions("online", everyone);
          Util.setValue("count", everyone.size());
        });
      }
      newcomers.clear();
    }
  }
}

package dev.encke.demo;

import dev.encke.Browser;
import dev.encke.Encke;
import dev.encke.ScriptSession;
import dev.encke.ScriptSessionListener;
import dev.encke.bindings.DomEvent;
import dev.encke.bindings.dwr.Util;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A chat room, {@code /chat.html}: a message typed in one page is broadcast to every page of the
 * room (browser event, server, broadcast), and the list of who is online follows the sessions'
 * lifecycle.
 */
final class ChatRoom implements ScriptSessionListener {

  static final String PATH = "/chat.html";
  static final int MAX_MESSAGE_LENGTH = 500;
  private static final String NAME = "name";

  private final Supplier<Encke> encke;
  private final AtomicInteger guests = new AtomicInteger();

  ChatRoom(Supplier<Encke> encke) {
    this.encke = encke;
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
    showWhoIsOnline();
  }

  @Override
  public void sessionExpired(ScriptSession session) {
    if (PATH.equals(session.page())) {
      showWhoIsOnline();
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
    String message = text == null ? "" : text.strip();
    if (message.isEmpty()) {
      return;
    }
    if (message.length() > MAX_MESSAGE_LENGTH) {
      message = message.substring(0, MAX_MESSAGE_LENGTH);
    }
    String line = speaker.attribute(NAME).orElse("?") + ": " + message;
    encke.get().session(speaker.id()).run(() -> Util.setValue("message", ""));
    encke.get().page(PATH).run(() -> Util.addOptions("messages", List.of(line)));
  }

  private void showWhoIsOnline() {
    List<ScriptSession> room = encke.get().page(PATH).sessions();
    List<String> names = room.stream().filter(session -> !session.isEnded())
        .map(session -> String.valueOf(session.attribute(NAME).orElse("?"))).sorted().toList();
    encke.get().page(PATH).run(() -> {
      Util.removeAllOptions("online");
      Util.addOptions("online", names);
      Util.setValue("count", names.size());
    });
  }
}

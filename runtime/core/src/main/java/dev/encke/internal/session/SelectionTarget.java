package dev.encke.internal.session;

import dev.encke.ScriptSession;
import dev.encke.ScriptSessionFilter;
import dev.encke.Target;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.Recording;
import dev.encke.js.JsBatch;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A {@link Target}: records and encodes a batch once, then hands it with its {@link Selection} to a
 * {@link Delivery}. It knows nothing of where the sessions are. Immutable.
 */
final class SelectionTarget implements Target {

  private final Delivery delivery;
  private final Selection selection;

  SelectionTarget(Delivery delivery, Selection selection) {
    this.delivery = delivery;
    this.selection = selection;
  }

  @Override
  public Target filtered(ScriptSessionFilter filter) {
    return new SelectionTarget(delivery, selection.filtered(filter));
  }

  @Override
  public List<ScriptSession> sessions() {
    return delivery.sessions(selection);
  }

  @Override
  public void push(Consumer<JsBatch> commands) {
    Objects.requireNonNull(commands, "commands == null");
    EncodedBatch batch;
    try (Recording recording = Recording.detached(audience(), delivery.rawScriptAllowed())) {
      commands.accept(recording);
      batch = recording.finish();
    }
    deliver(batch);
  }

  @Override
  public void run(Runnable calls) {
    Objects.requireNonNull(calls, "calls == null");
    EncodedBatch batch;
    try (Recording recording = Recording.open(audience(), delivery.rawScriptAllowed())) {
      calls.run();
      batch = recording.finish();
    }
    deliver(batch);
  }

  private Recording.Audience audience() {
    return selection.isOneSession() ? Recording.Audience.ONE_SESSION
        : Recording.Audience.MANY_SESSIONS;
  }

  private void deliver(EncodedBatch batch) {
    if (!batch.isEmpty()) {
      delivery.deliver(selection, batch);
    }
  }

  @Override
  public String toString() {
    return "Target{" + selection + "}";
  }
}

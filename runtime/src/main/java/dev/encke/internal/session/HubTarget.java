package dev.encke.internal.session;

import dev.encke.ScriptSession;
import dev.encke.ScriptSessionFilter;
import dev.encke.Target;
import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.PendingReply;
import dev.encke.internal.protocol.Recording;
import dev.encke.js.JsBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A {@link Target} of one hub: candidates from an index, narrowed by filters. Immutable. */
final class HubTarget implements Target {

  private final SessionHub hub;
  private final String description;
  private final Supplier<List<DefaultScriptSession>> candidates;
  private final ScriptSessionFilter filter;
  private final Recording.Audience audience;

  HubTarget(SessionHub hub, String description, Supplier<List<DefaultScriptSession>> candidates,
      ScriptSessionFilter filter, Recording.Audience audience) {
    this.hub = hub;
    this.description = description;
    this.candidates = candidates;
    this.filter = filter;
    this.audience = audience;
  }

  @Override
  public Target filtered(ScriptSessionFilter more) {
    Objects.requireNonNull(more, "filter == null");
    ScriptSessionFilter both = filter == null ? more : s -> filter.matches(s) && more.matches(s);
    return new HubTarget(hub, description + " filtered", candidates, both, audience);
  }

  @Override
  public List<ScriptSession> sessions() {
    return List.copyOf(chosen());
  }

  private List<DefaultScriptSession> chosen() {
    List<DefaultScriptSession> chosen = new ArrayList<>();
    for (DefaultScriptSession session : candidates.get()) {
      if (!session.isEnded() && (filter == null || filter.matches(session))) {
        chosen.add(session);
      }
    }
    return chosen;
  }

  @Override
  public void push(Consumer<JsBatch> commands) {
    Objects.requireNonNull(commands, "commands == null");
    EncodedBatch batch;
    try (Recording recording = Recording.detached(audience, hub.settings().rawScriptAllowed())) {
      commands.accept(recording);
      batch = recording.finish();
    }
    deliver(batch);
  }

  @Override
  public void run(Runnable calls) {
    Objects.requireNonNull(calls, "calls == null");
    EncodedBatch batch;
    try (Recording recording = Recording.open(audience, hub.settings().rawScriptAllowed())) {
      calls.run();
      batch = recording.finish();
    }
    deliver(batch);
  }

  private void deliver(EncodedBatch batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<DefaultScriptSession> targets = chosen();
    if (batch.hasScript()) {
      requireRawScriptAllowed(batch, targets);
    }
    if (targets.isEmpty()) {
      failReplies(batch, "no session of " + description + " is open");
    }
    for (DefaultScriptSession session : targets) {
      session.push(batch);
    }
  }

  private void requireRawScriptAllowed(EncodedBatch batch, List<DefaultScriptSession> targets) {
    List<DefaultScriptSession> refusing = new ArrayList<>();
    for (DefaultScriptSession session : targets) {
      if (!session.pageAllowsRawScript()) {
        refusing.add(session);
      }
    }
    if (!refusing.isEmpty()) {
      String why = "raw script refused: " + refusing.size() + " targeted page(s) did not opt in with"
          + " <meta name=\"encke-raw-script\" content=\"allow\">, such as " + refusing.get(0)
          + "; nothing was pushed";
      failReplies(batch, why);
      throw new IllegalStateException(why);
    }
  }

  private static void failReplies(EncodedBatch batch, String why) {
    for (PendingReply reply : batch.replies()) {
      reply.fail(new IllegalStateException(why + ": " + reply + " cannot come back"));
    }
  }

  @Override
  public String toString() {
    return "Target{" + description + "}";
  }
}

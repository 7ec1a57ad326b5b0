package dev.encke.internal.session;

import dev.encke.internal.protocol.EncodedBatch;
import dev.encke.internal.protocol.PendingReply;
import java.util.ArrayList;
import java.util.List;

/** What a delivery checks before it pushes, and how it tells the replies that cannot come back. */
final class DeliveryChecks {

  private DeliveryChecks() {}

  /**
   * Refuses a batch with raw script when a targeted page did not opt in; its replies fail.
   *
   * @throws IllegalStateException naming how many pages refused and one of them
   */
  static void requireRawScriptAllowed(EncodedBatch batch,
      List<DefaultScriptSession> targets) {
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

  static void failReplies(EncodedBatch batch, String why) {
    for (PendingReply reply : batch.replies()) {
      reply.fail(new IllegalStateException(why + ": " + reply + " cannot come back"));
    }
  }
}

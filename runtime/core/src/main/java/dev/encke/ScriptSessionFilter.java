package dev.encke;

import java.util.Objects;

/**
 * Chooses the script sessions a {@code with…Filtered} block or a {@link Target} pushes to, as DWR's
 * filter of the same name did.
 *
 * <pre>{@code
 * Browser.withAllSessionsFiltered(s -> s.attribute("symbol").map("ACME"::equals).orElse(false),
 *     () -> Util.setValue("price", 42));
 * }</pre>
 *
 * <p>Called on the pushing thread, once per candidate session, while the targets are chosen; it
 * must not block or push.
 */
@FunctionalInterface
public interface ScriptSessionFilter {

  /** Whether the batch goes to {@code session}. */
  boolean matches(ScriptSession session);

  /** A filter that accepts the sessions both this filter and {@code other} accept. */
  default ScriptSessionFilter and(ScriptSessionFilter other) {
    Objects.requireNonNull(other, "other == null");
    return session -> matches(session) && other.matches(session);
  }
}

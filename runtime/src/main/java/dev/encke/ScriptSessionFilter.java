package dev.encke;

/**
 * Chooses the script sessions a {@code with…Filtered} block or a {@link Target} pushes to, as DWR's
 * filter of the same name did.
 *
 * <pre>{@code
 * Browser.withAllSessionsFiltered(s -> "ACME".equals(s.attribute("symbol")),
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
}

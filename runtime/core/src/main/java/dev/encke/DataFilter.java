package dev.encke;

import dev.encke.internal.session.FilterNode;
import java.util.Set;

/**
 * A {@link ScriptSessionFilter} made of data, not code: it can be shipped to the other nodes of a
 * cluster and evaluated there, where the sessions are. A lambda filter can only run in the process
 * that holds the sessions, so a cluster refuses it; build the same choice from these parts instead.
 *
 * <pre>{@code
 * DataFilter watching = DataFilter.attributeEquals("symbol", "ACME")
 *     .and(DataFilter.attributePresent("vip").negate());
 * encke.allSessions().filtered(watching).run(() -> Util.setValue("price", 42));
 * }</pre>
 *
 * <p>Attribute values are compared as text: an attribute matches {@code value} when its {@code
 * String.valueOf} equals it. Immutable and thread-safe; {@link #matches} never blocks.
 */
public interface DataFilter extends ScriptSessionFilter {

  /** The views of the page at {@code path}. */
  static DataFilter page(String path) {
    return FilterNode.page(path);
  }

  /** The sessions whose attribute {@code name} reads {@code value}. */
  static DataFilter attributeEquals(String name, String value) {
    return FilterNode.attributeIn(name, Set.of(value));
  }

  /** The sessions whose attribute {@code name} reads one of {@code values}. */
  static DataFilter attributeIn(String name, Set<String> values) {
    return FilterNode.attributeIn(name, values);
  }

  /** The sessions that have an attribute {@code name}, whatever its value. */
  static DataFilter attributePresent(String name) {
    return FilterNode.attributePresent(name);
  }

  /** The sessions both this filter and {@code other} accept. */
  DataFilter and(DataFilter other);

  /** The sessions this filter or {@code other} accepts. */
  DataFilter or(DataFilter other);

  /** The sessions this filter refuses. */
  DataFilter negate();
}

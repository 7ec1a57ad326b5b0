package dev.encke.js;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base class of generated proxies for JavaScript objects such as widgets. A proxy holds only a
 * {@link JsRef}; its methods record commands on that reference, so the same proxy addresses the
 * matching object in every page a {@code Browser.with…} block targets. Passed as an argument, a
 * proxy stands for the object it refers to.
 *
 * <p>Proxies are immutable and may be shared between threads; their methods must run inside a
 * {@code with…} block.
 */
public abstract class JsObject {

  private final JsRef ref;

  protected JsObject(JsRef ref) {
    this.ref = Objects.requireNonNull(ref, "ref == null");
  }

  /** The reference this proxy records its commands on. */
  @JsonValue
  public final JsRef ref() {
    return ref;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((JsObject) other).ref.equals(ref);
  }

  @Override
  public final int hashCode() {
    return ref.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + ref + ")";
  }
}

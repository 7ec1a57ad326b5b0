package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a descriptor of a JavaScript namespace object, such as {@code dijit} or {@code Effect}:
 * its methods become static methods that call the namespace's functions.
 *
 * <pre>{@code
 * @JsNamespace("Effect")
 * public interface Effect {
 *   void shake(String elementId);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface JsNamespace {

  /** The namespace's qualified JavaScript name, such as {@code "dwr.util"}. */
  String value();
}

package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Strings the call passes before the method's own arguments, for JavaScript APIs that name what
 * they act on with a first argument: with {@code @JsName("on")}, {@code onClick(listener)} calls
 * {@code on("click", listener)}.
 *
 * <pre>{@code
 * @JsName("on")
 * @LeadingArguments("click")
 * void onClick(Consumer<DomEvent> listener);
 * }</pre>
 *
 * <p>A descriptor method with leading arguments replaces only the definition's functions of the
 * same name that have the same leading arguments, so {@code onClick} and {@code onChange} may both
 * call {@code on}.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface LeadingArguments {

  /** The strings, in order. */
  String[] value();
}

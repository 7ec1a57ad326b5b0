package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a descriptor method as the getter or setter of a JavaScript property rather than a
 * function call: {@code @JsProperty CompletableFuture<String> getTitle()} reads {@code title},
 * {@code @JsProperty void setTitle(String title)} assigns it. A property with only a getter is
 * read-only.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface JsProperty {

  /**
   * The JavaScript property name; by default the method name without {@code get}, {@code is} or
   * {@code set}, its first letter lower-cased.
   */
  String value() default "";
}

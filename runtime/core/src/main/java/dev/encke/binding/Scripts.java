package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scripts a page must load, in order, before calls of this widget work, such as {@code
 * "/encke/dwr/util.js"}. Put it on a descriptor; the generated proxy carries it for the runtime.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Scripts {

  /** Script URLs, in load order. */
  String[] value();
}

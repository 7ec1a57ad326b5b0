package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The AMD modules a page must {@code require} before calls of this widget work, such as {@code
 * "dijit/Editor"}. Put it on a descriptor; the generated proxy carries it for the runtime.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AmdModules {

  /** Module ids. */
  String[] value();
}

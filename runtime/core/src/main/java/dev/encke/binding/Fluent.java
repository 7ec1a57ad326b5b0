package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that the JavaScript function returns the object it was called on, so that the Java method
 * returns the proxy itself and calls chain: {@code editor.set("value", "x").focus()}. The
 * descriptor method returns the descriptor's own type.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Fluent {}

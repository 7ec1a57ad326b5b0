package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the JavaScript function a descriptor method calls when the Java name differs: {@code
 * @JsName("get") CompletableFuture<String> getValue(String name)} calls {@code get(name)}. Without
 * it, the Java name is the JavaScript name.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface JsName {

  /** The JavaScript function name. */
  String value();
}

package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that the instances of a class read and write their properties through accessor functions
 * rather than as plain fields, as Dijit widgets do with {@code get("label")} and {@code
 * set("label", "Buy")}: assigning the field would not update the widget. Every instance property
 * of the class and of the classes that extend it then becomes a getter that calls {@code
 * get(name)} and a setter that calls {@code set(name, value)}.
 *
 * <pre>{@code
 * @JsClass("dijit._WidgetBase")
 * @PropertyAccessors(get = "get", set = "set")
 * public interface WidgetBase {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface PropertyAccessors {

  /** The function that reads a property by name. */
  String get();

  /** The function that writes a property by name and value. */
  String set();
}

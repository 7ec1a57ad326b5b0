package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a descriptor of a JavaScript class, such as {@code dijit.Editor}: its methods become
 * methods of a proxy of one instance in the page; {@code static} methods call the constructor's
 * own functions. The first interface the descriptor extends is the proxy's superclass, further
 * ones are interfaces it implements.
 *
 * <pre>{@code
 * @JsClass("jsx3.gui.Button")
 * public interface Button extends Block {
 *   @Fluent
 *   Button setText(String text);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface JsClass {

  /** The class's qualified JavaScript name, such as {@code "dijit.Editor"}. */
  String value();
}

package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that the JavaScript function finds a widget, and that the caller names the proxy class of
 * the result: {@code Dijit.byId("price", Editor.class)}, {@code server.getJSXById("ok",
 * Button.class)}. The descriptor method declares a type variable bounded by {@code JsObject} (or a
 * proxy class all results extend), takes a {@code Class} of it as its last parameter, which is not
 * passed to JavaScript, and returns it.
 *
 * <pre>{@code
 * @Lookup
 * <T extends JsObject> T byId(String id, Class<T> type);
 * }</pre>
 *
 * <p>The returned proxy refers to the lookup itself, which every page it is used in evaluates
 * anew.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Lookup {}

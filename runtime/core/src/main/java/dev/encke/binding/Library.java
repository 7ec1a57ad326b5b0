package dev.encke.binding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The library a widget's {@link Scripts} and {@link AmdModules} belong to, by the name a page
 * declares it with: {@code <meta name="encke-libraries" content="scriptaculous">}. Without it, a
 * type belongs to the library named after the first segment of its JavaScript name: {@code
 * dijit.form.Button} to {@code dijit}.
 *
 * <p>The code generator writes one manifest per library, {@code
 * META-INF/resources/encke/libraries/<name>.json}, listing the scripts (in order) and the AMD
 * modules of all its types; the page loads them before it connects, so that no command arrives
 * before the library it calls.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Library {

  /** The library's name: letters, digits, {@code .}, {@code _} and {@code -}. */
  String value();
}

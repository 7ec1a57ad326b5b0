/**
 * Annotations of binding descriptors, and the ones generated proxies carry.
 *
 * <p>A binding descriptor is a Java interface in {@code src/main/bindings} that the Encke code
 * generator reads as source, without compiling it. It either describes a widget API on its own,
 * or adjusts what a JavaScript definition of the same name produced: the Java names, {@code int}
 * or {@code long} where JavaScript says {@code number}, fluent results, how widgets are looked up,
 * and which scripts or AMD modules the page must load. The generated type takes the descriptor's
 * package and name.
 *
 * <pre>{@code
 * @JsClass("dijit.Editor")
 * @AmdModules("dijit/Editor")
 * public interface Editor {
 *   @Fluent
 *   Editor set(String name, Object value);
 *
 *   @JsName("get")
 *   CompletableFuture<String> getValue(String name);
 * }
 * }</pre>
 *
 * <p>{@link dev.encke.binding.Scripts} and {@link dev.encke.binding.AmdModules} are kept on the
 * generated types, where the runtime reads them; the other annotations only matter to the
 * generator.
 */
package dev.encke.binding;

package dev.encke.bindings.scriptaculous;

import dev.encke.binding.JsNamespace;
import dev.encke.binding.Library;
import dev.encke.binding.Scripts;

/**
 * The visual effects of script.aculo.us 1.9 on Prototype 1.7, started on an element by id: {@code
 * Effect.shake("price")}. Pages declare the library {@code scriptaculous}: {@code <meta
 * name="encke-libraries" content="scriptaculous">}. It loads Prototype and script.aculo.us's
 * effects.js from their WebJars; never scriptaculous.js, whose loader writes script tags with
 * document.write.
 */
@JsNamespace("Effect.Methods")
@Library("scriptaculous")
@Scripts({
  "/webjars/prototype/1.7.3.0/prototype.js",
  "/webjars/scriptaculous/1.9.0/effects.js"
})
public interface Effect {}

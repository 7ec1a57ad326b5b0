package dev.encke.bindings.dijit.form;

import dev.encke.binding.AmdModules;
import dev.encke.binding.JsClass;
import dev.encke.binding.JsName;
import dev.encke.binding.LeadingArguments;
import dev.encke.bindings.DomEvent;
import java.util.function.Consumer;

@JsClass("dijit.form.Button")
@AmdModules("dijit/form/Button")
public interface Button {

  /**
   * Calls a server listener each time the user clicks the button (or presses Enter or Space on
   * it). The listener runs with the page as the target of the calls it makes.
   *
   * @param listener called with the click
   */
  @JsName("on")
  @LeadingArguments("click")
  void onClick(Consumer<DomEvent> listener);
}

package dev.encke.bindings.dijit.form;

import dev.encke.binding.AmdModules;
import dev.encke.binding.JsClass;
import dev.encke.binding.JsName;
import dev.encke.binding.LeadingArguments;
import java.util.function.Consumer;

@JsClass("dijit.form.NumberTextBox")
@AmdModules("dijit/form/NumberTextBox")
public interface NumberTextBox {

  /**
   * Calls a server listener each time the user changes the number and leaves the field. The
   * listener runs with the page as the target of the calls it makes.
   *
   * @param listener called with the new number, null when the field is empty or invalid
   */
  @JsName("on")
  @LeadingArguments("change")
  void onChange(Consumer<Double> listener);
}

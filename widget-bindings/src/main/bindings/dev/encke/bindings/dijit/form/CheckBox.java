package dev.encke.bindings.dijit.form;

import dev.encke.binding.AmdModules;
import dev.encke.binding.JsClass;
import dev.encke.binding.JsName;
import dev.encke.binding.LeadingArguments;
import java.util.function.Consumer;

@JsClass("dijit.form.CheckBox")
@AmdModules("dijit/form/CheckBox")
public interface CheckBox {

  /**
   * Calls a server listener each time the box is checked or unchecked. The listener runs with the
   * page as the target of the calls it makes.
   *
   * @param listener called with whether the box is checked now
   */
  @JsName("on")
  @LeadingArguments("change")
  void onChange(Consumer<Boolean> listener);
}

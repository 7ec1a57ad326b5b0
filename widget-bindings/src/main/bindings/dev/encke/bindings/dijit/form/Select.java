package dev.encke.bindings.dijit.form;

import dev.encke.binding.AmdModules;
import dev.encke.binding.JsClass;
import dev.encke.binding.JsName;
import dev.encke.binding.LeadingArguments;
import java.util.function.Consumer;

@JsClass("dijit.form.Select")
@AmdModules("dijit/form/Select")
public interface Select {

  /**
   * Calls a server listener each time the user picks another option. The listener runs with the
   * page as the target of the calls it makes.
   *
   * @param listener called with the value of the option picked
   */
  @JsName("on")
  @LeadingArguments("change")
  void onChange(Consumer<String> listener);
}

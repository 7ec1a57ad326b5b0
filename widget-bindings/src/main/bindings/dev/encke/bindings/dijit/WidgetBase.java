package dev.encke.bindings.dijit;

import dev.encke.binding.JsClass;
import dev.encke.binding.PropertyAccessors;

// Dijit widgets read and write their properties through get(name) and set(name, value), which
// update the widget's DOM; assigning the field would not. Subclasses inherit this.
@JsClass("dijit._WidgetBase")
@PropertyAccessors(get = "get", set = "set")
public interface WidgetBase {}

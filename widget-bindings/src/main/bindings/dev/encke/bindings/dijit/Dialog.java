package dev.encke.bindings.dijit;

import dev.encke.binding.AmdModules;
import dev.encke.binding.JsClass;

@JsClass("dijit.Dialog")
@AmdModules("dijit/Dialog")
public interface Dialog {}

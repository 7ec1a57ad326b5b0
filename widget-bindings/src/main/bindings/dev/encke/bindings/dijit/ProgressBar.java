package dev.encke.bindings.dijit;

import dev.encke.binding.AmdModules;
import dev.encke.binding.JsClass;

@JsClass("dijit.ProgressBar")
@AmdModules("dijit/ProgressBar")
public interface ProgressBar {}

/** @const */
var acme = {};

/** @const */
acme.ui = {};

/**
 * @param {string%} id
 */
acme.ui.show = function (id) {};

/** @param {Widget} w */
acme.ui.hide = function (w) {};

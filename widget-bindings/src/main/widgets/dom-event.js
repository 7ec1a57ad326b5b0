/**
 * @fileoverview Types every binding shares.
 */

/** @const */
var encke = {};

/**
 * A DOM event as a page sends it to a server listener. The event itself stays in the page; the
 * listener receives these fields, read when the event happened.
 * @record
 */
encke.DomEvent = function () {};

/**
 * What happened: "click", "change", "input", "keydown", …
 * @type {string}
 */
encke.DomEvent.prototype.type;

/**
 * The id of the element the event happened on, if it has one.
 * @type {?string}
 */
encke.DomEvent.prototype.targetId;

/**
 * The value of that element, if it is a form field.
 * @type {?string}
 */
encke.DomEvent.prototype.value;

/**
 * Whether that element is checked, if it is a checkbox or radio button.
 * @type {?boolean}
 */
encke.DomEvent.prototype.checked;

/**
 * The key pressed, for keyboard events.
 * @type {?string}
 */
encke.DomEvent.prototype.key;

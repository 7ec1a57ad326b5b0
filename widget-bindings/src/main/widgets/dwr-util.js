/**
 * @fileoverview Definitions of the DWR-style DOM utilities. The browser implementation is served at
 * /encke/dwr/util.js; pages that use these calls load it before /encke/encke.js.
 */

/** @const */
var dwr = {};

/**
 * Reads and writes page elements by id, in the manner of DWR's util.js. Every value is written as
 * text, never parsed as HTML.
 * @const
 */
dwr.util = {};

/**
 * Sets the value of the element with the given id: the value of a form field, the selected option
 * of a select, or the text of any other element.
 * @param {string} id the id of the element
 * @param {*} value the value to show; written as text
 * @return {undefined}
 */
dwr.util.setValue = function (id, value) {};

/**
 * @fileoverview Definitions of the DWR-style DOM utilities. The browser implementation is served at
 * /encke/dwr/util.js; pages declare the library "dwr" to load it before they connect.
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
 * How a highlight looks.
 * @record
 */
dwr.HighlightOptions = function () {};

/**
 * The CSS colour the background flashes to; a pale yellow unless given.
 * @type {(string|undefined)}
 */
dwr.HighlightOptions.prototype.color;

/**
 * How long the colour takes to fade, in milliseconds; 1000 unless given.
 * @type {(number|undefined)}
 */
dwr.HighlightOptions.prototype.durationMs;

/**
 * How a toast is shown.
 * @record
 */
dwr.ToastOptions = function () {};

/**
 * What kind of message it is, which sets its colour; info unless given.
 * @type {(dwr.ToastKind|undefined)}
 */
dwr.ToastOptions.prototype.kind;

/**
 * How long the toast stays, in milliseconds; 4000 unless given.
 * @type {(number|undefined)}
 */
dwr.ToastOptions.prototype.durationMs;

/**
 * What kind of message a toast carries.
 * @enum {string}
 */
dwr.ToastKind = {
  /** News: blue. */
  INFO: 'info',
  /** Something worked: green. */
  SUCCESS: 'success',
  /** Something needs attention: amber. */
  WARNING: 'warning',
  /** Something failed: red. */
  ERROR: 'error'
};

/**
 * Sets the value of the element with the given id: the value of a form field, the selected option
 * of a select, whether a checkbox is checked, or the text of any other element.
 * @param {string} id the id of the element
 * @param {*} value the value to show; written as text
 * @return {undefined}
 */
dwr.util.setValue = function (id, value) {};

/**
 * Reads the value of the element with the given id: the value of a form field or select, whether a
 * checkbox or radio button is checked, or the text of any other element.
 * @param {string} id the id of the element
 * @return {(string|boolean)} the value
 */
dwr.util.getValue = function (id) {};

/**
 * Sets the values of several elements at once, as setValue does for each.
 * @param {!Object<string, *>} values each element's value by its id
 * @return {undefined}
 */
dwr.util.setValues = function (values) {};

/**
 * Reads the values of several elements at once, as getValue does for each.
 * @param {!Array<string>} ids the ids of the elements
 * @return {!Object<string, (string|boolean)>} each element's value by its id
 */
dwr.util.getValues = function (ids) {};

/**
 * Appends options to a select, or items to a list (ul or ol). Each option is a string, which is
 * both its value and its text, or an object whose value and text are read from the properties
 * valueProperty and textProperty.
 * @param {string} id the id of the select or list
 * @param {!Array<*>} options the options to append, in order
 * @param {string=} valueProperty the property holding an object's value; "value" unless given
 * @param {string=} textProperty the property holding an object's text; valueProperty, else "text"
 * @return {undefined}
 */
dwr.util.addOptions = function (id, options, valueProperty, textProperty) {};

/**
 * Removes the options of a select whose value is one of the given values, or the items of a list
 * whose text is; the others stay where they are.
 * @param {string} id the id of the select or list
 * @param {!Array<string>} values the values (for a list, the texts) to remove
 * @return {undefined}
 */
dwr.util.removeOptions = function (id, values) {};

/**
 * Removes every option of a select, or every item of a list.
 * @param {string} id the id of the select or list
 * @return {undefined}
 */
dwr.util.removeAllOptions = function (id) {};

/**
 * Appends rows to a table body. Each row is an array of cell values, or an object whose cells are
 * read from the properties named by columns, in order. Cells are written as text.
 * @param {string} id the id of the tbody (or table)
 * @param {!Array<*>} rows the rows to append, in order
 * @param {!Array<string>=} columns the properties of object rows that give the cells
 * @return {undefined}
 */
dwr.util.addRows = function (id, rows, columns) {};

/**
 * Removes every row of a table body.
 * @param {string} id the id of the tbody (or table)
 * @return {undefined}
 */
dwr.util.removeAllRows = function (id) {};

/**
 * Sets one CSS property of an element, such as "color" or "font-weight". Values that could load
 * or run script in old browsers (expression(), javascript:) are refused.
 * @param {string} id the id of the element
 * @param {string} property the CSS property, as written in a style sheet
 * @param {string} value its new value
 * @return {undefined}
 */
dwr.util.setStyle = function (id, property, value) {};

/**
 * Adds a CSS class to an element.
 * @param {string} id the id of the element
 * @param {string} className the class to add
 * @return {undefined}
 */
dwr.util.addClass = function (id, className) {};

/**
 * Removes a CSS class from an element.
 * @param {string} id the id of the element
 * @param {string} className the class to remove
 * @return {undefined}
 */
dwr.util.removeClass = function (id, className) {};

/**
 * Shows an element that hide() or the hidden attribute hid.
 * @param {string} id the id of the element
 * @return {undefined}
 */
dwr.util.show = function (id) {};

/**
 * Hides an element, as the hidden attribute does.
 * @param {string} id the id of the element
 * @return {undefined}
 */
dwr.util.hide = function (id) {};

/**
 * Draws the eye to an element: its background flashes to a colour and fades back (the
 * "yellow fade").
 * @param {string} id the id of the element
 * @param {!dwr.HighlightOptions=} options the colour and duration
 * @return {undefined}
 */
dwr.util.highlight = function (id, options) {};

/**
 * Shows a message in the corner of the page for a few seconds: the talk's "growl for the web". The
 * message is written as text.
 * @param {string} message what to say
 * @param {!dwr.ToastOptions=} options its kind and how long it stays
 * @return {undefined}
 */
dwr.util.toast = function (message, options) {};

/**
 * Calls a server listener each time an event of the given type happens on an element, such as
 * "click", "change" or "input". The listener receives the event as data; it runs with the page as
 * the target of the calls it makes, so those calls answer this page only.
 * @param {string} id the id of the element
 * @param {string} type the DOM event type
 * @param {function(!encke.DomEvent)} listener what to call on the server
 * @return {undefined}
 */
dwr.util.on = function (id, type, listener) {};

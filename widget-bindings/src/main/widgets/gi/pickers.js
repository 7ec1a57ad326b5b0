/**
 * @fileoverview TIBCO GI's pickers: a date field with a calendar, and a slider.
 */

/**
 * A date field with a calendar that drops down.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 */
jsx3.gui.DatePicker = function (name) {};

/**
 * The date, as the field shows it in its format.
 * @return {string} the date, or null when there is none
 */
jsx3.gui.DatePicker.prototype.getValue = function () {};

/**
 * Sets the date from text the field's format reads, or from milliseconds since 1970 (UTC).
 * @param {(string|number)} value the date
 * @chainable
 */
jsx3.gui.DatePicker.prototype.setValue = function (value) {};

/**
 * The date, as ISO 8601 text in UTC (a Date reaches the server as its toJSON).
 * @return {string} such as 2026-01-02T00:00:00.000Z, or null when there is none
 */
jsx3.gui.DatePicker.prototype.getDate = function () {};

/**
 * Sets the format dates are shown in, as jsx3.util.DateFormat reads it, such as yyyy-MM-dd.
 * @param {string} format the format
 */
jsx3.gui.DatePicker.prototype.setFormat = function (format) {};

/**
 * The first day of the calendar's weeks: 0 for Sunday to 6 for Saturday.
 * @return {number} the day
 */
jsx3.gui.DatePicker.prototype.getFirstDayOfWeek = function () {};

/**
 * Sets the first day of the calendar's weeks.
 * @param {number} day 0 for Sunday to 6 for Saturday
 */
jsx3.gui.DatePicker.prototype.setFirstDayOfWeek = function (day) {};

/**
 * A slider whose value runs from 0 to 100.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 */
jsx3.gui.Slider = function (name) {};

/**
 * Lying down.
 * @const {number}
 */
jsx3.gui.Slider.HORIZONTAL = 0;

/**
 * Standing up.
 * @const {number}
 */
jsx3.gui.Slider.VERTICAL = 1;

/**
 * Where the handle is, from 0 to 100.
 * @return {number} the value
 */
jsx3.gui.Slider.prototype.getValue = function () {};

/**
 * Moves the handle, and shows it.
 * @param {number} value from 0 to 100
 * @chainable
 */
jsx3.gui.Slider.prototype.setValue = function (value) {};

/**
 * How the slider lies.
 * @return {number} HORIZONTAL or VERTICAL
 */
jsx3.gui.Slider.prototype.getOrientation = function () {};

/**
 * Sets how the slider lies; it shows when it is painted again.
 * @param {number} orientation HORIZONTAL or VERTICAL
 * @chainable
 */
jsx3.gui.Slider.prototype.setOrientation = function (orientation) {};

/**
 * Sets the length of the slider's track.
 * @param {number} length the length in pixels
 * @param {boolean=} repaint whether to paint the change at once
 * @chainable
 */
jsx3.gui.Slider.prototype.setLength = function (length, repaint) {};

/**
 * @fileoverview TIBCO GI's data for lists, grids and menus: records of a CDF document (GI's
 * Common Data Format, a <data> element of <record> elements, each with a jsxid), and the cached
 * XML behind a control.
 */

/** @const */
jsx3.xml = {};

/**
 * A control that shows the records of a CDF document: a select's options, a grid's rows, a menu's
 * items. A record is a map of attributes; jsxid identifies it and jsxtext is what most controls
 * show.
 * @interface
 */
jsx3.xml.CDF = function () {};

/**
 * A record was deleted (for redrawRecord).
 * @const {number}
 */
jsx3.xml.CDF.DELETE = 0;

/**
 * A record was added at the end.
 * @const {number}
 */
jsx3.xml.CDF.INSERT = 1;

/**
 * A record was changed.
 * @const {number}
 */
jsx3.xml.CDF.UPDATE = 2;

/**
 * A record was added before another.
 * @const {number}
 */
jsx3.xml.CDF.INSERTBEFORE = 3;

/**
 * Adds a record, or replaces the one with the same jsxid. Every value is written as an XML
 * attribute, as text.
 * @param {Object<string, *>} record the record's attributes, jsxid among them
 * @param {?string=} parentRecordId the record to add it under, or null for the top level
 * @param {boolean=} redraw whether to show the change at once
 */
jsx3.xml.CDF.prototype.insertRecord = function (record, parentRecordId, redraw) {};

/**
 * Sets one attribute of a record.
 * @param {string} recordId the record's jsxid
 * @param {string} attribute the attribute
 * @param {string} value its new value
 * @param {boolean=} redraw whether to show the change at once
 * @chainable
 */
jsx3.xml.CDF.prototype.insertRecordProperty = function (recordId, attribute, value,
    redraw) {};

/**
 * Deletes a record.
 * @param {string} recordId the record's jsxid
 * @param {boolean=} redraw whether to show the change at once
 */
jsx3.xml.CDF.prototype.deleteRecord = function (recordId, redraw) {};

/**
 * Removes one attribute of a record.
 * @param {string} recordId the record's jsxid
 * @param {string} attribute the attribute
 * @param {boolean=} redraw whether to show the change at once
 */
jsx3.xml.CDF.prototype.deleteRecordProperty = function (recordId, attribute, redraw) {};

/**
 * A copy of a record's attributes.
 * @param {string} recordId the record's jsxid
 * @return {Object<string, string>} the attributes, or null when there is no such record
 */
jsx3.xml.CDF.prototype.getRecord = function (recordId) {};

/**
 * The jsxids of the records, in document order.
 * @return {Array<string>} the ids
 */
jsx3.xml.CDF.prototype.getRecordIds = function () {};

/**
 * A control whose data is an XML document GI keeps in its cache.
 * @interface
 */
jsx3.xml.Cacheable = function () {};

/**
 * Replaces the control's data with an XML document given as text; it shows when the control is
 * painted again.
 * @param {string} xml the document
 * @chainable
 */
jsx3.xml.Cacheable.prototype.setXMLString = function (xml) {};

/**
 * The control's data, as XML text.
 * @return {string} the document
 */
jsx3.xml.Cacheable.prototype.getXMLString = function () {};

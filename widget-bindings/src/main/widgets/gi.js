/**
 * @fileoverview Definitions of the part of TIBCO General Interface (GI) 3.9 the talk drives,
 * written from GI's public API documentation: an application (jsx3.app.Server) looks up its
 * objects by id or name, and form controls are enabled, relabelled and repainted. GI itself is not
 * on any package registry: a page loads it as GI's own deployment describes (JSX/js/JSX30.js with
 * the application's settings), so these definitions declare no scripts to load.
 */

/**
 * The GI runtime.
 * @const
 */
var jsx3 = {};

/**
 * The application (jsx3.app.Server) running under a namespace, as GI registers it; generally the
 * same object as the global variable named by the namespace.
 * @param {string} strAppKey the application's namespace, as set in its deployment
 * @return {jsx3.app.Server} the application
 */
jsx3.getApp = function (strAppKey) {};

/** @const */
jsx3.app = {};

/**
 * The base of every object of a GI application's DOM.
 * @constructor
 */
jsx3.app.Model = function () {};

/**
 * The object's name, unique among the application's objects by convention.
 * @return {string} the name
 */
jsx3.app.Model.prototype.getName = function () {};

/**
 * A GI application: it owns a DOM of GI objects and finds them by id or name.
 * @constructor
 */
jsx3.app.Server = function () {};

/**
 * Finds an object of the application by its id, or by its name when no object has that id.
 * @param {string} strId the id or name
 * @return {jsx3.app.Model} the object
 */
jsx3.app.Server.prototype.getJSXById = function (strId) {};

/**
 * Finds an object of the application by its name.
 * @param {string} strName the name
 * @return {jsx3.app.Model} the object
 */
jsx3.app.Server.prototype.getJSXByName = function (strName) {};

/** @const */
jsx3.gui = {};

/**
 * An object painted in the page.
 * @constructor
 * @extends {jsx3.app.Model}
 */
jsx3.gui.Painted = function () {};

/**
 * Paints the object again, so that changes made without bRepaint show. GI returns the painted
 * HTML, which the server has no use for.
 */
jsx3.gui.Painted.prototype.repaint = function () {};

/**
 * A painted box with text: the base of GI's controls.
 * @constructor
 * @extends {jsx3.gui.Painted}
 */
jsx3.gui.Block = function () {};

/**
 * Sets the text of the block, as HTML: GI paints it as markup, so escape text you did not write.
 * @param {string} strText the new text
 * @param {boolean=} bRepaint whether to paint the change at once
 * @chainable
 */
jsx3.gui.Block.prototype.setText = function (strText, bRepaint) {};

/**
 * The text of the block.
 * @return {string} the text, as HTML
 */
jsx3.gui.Block.prototype.getText = function () {};

/**
 * What every GI form control can do: be enabled or disabled, and be validated.
 * @interface
 */
jsx3.gui.Form = function () {};

/**
 * The state of a control the user can use.
 * @const {number}
 */
jsx3.gui.Form.STATEENABLED = 1;

/**
 * The state of a control the user cannot use: it is greyed out and ignores the user.
 * @const {number}
 */
jsx3.gui.Form.STATEDISABLED = 0;

/**
 * Enables or disables the control.
 * @param {number} intEnabled STATEENABLED or STATEDISABLED
 * @param {boolean=} bRepaint whether to paint the change at once
 * @chainable
 */
jsx3.gui.Form.prototype.setEnabled = function (intEnabled, bRepaint) {};

/**
 * Whether the control is enabled.
 * @return {number} STATEENABLED or STATEDISABLED
 */
jsx3.gui.Form.prototype.getEnabled = function () {};

/**
 * A command button.
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 */
jsx3.gui.Button = function () {};

/**
 * A text field.
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 */
jsx3.gui.TextBox = function () {};

/**
 * Sets the text in the field.
 * @param {string} strValue the new text
 * @chainable
 */
jsx3.gui.TextBox.prototype.setValue = function (strValue) {};

/**
 * The text in the field.
 * @return {string} the text
 */
jsx3.gui.TextBox.prototype.getValue = function () {};

/**
 * A drop-down list whose options are the records of a CDF document.
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 */
jsx3.gui.Select = function () {};

/**
 * Picks the option of the record with the given jsxid.
 * @param {string} strRecordId the record's jsxid
 * @chainable
 */
jsx3.gui.Select.prototype.setValue = function (strRecordId) {};

/**
 * The jsxid of the record picked.
 * @return {string} the jsxid, or null when none is picked
 */
jsx3.gui.Select.prototype.getValue = function () {};

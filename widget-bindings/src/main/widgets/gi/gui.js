/**
 * @fileoverview TIBCO GI's painted objects: the base of every control (jsx3.gui.Painted,
 * jsx3.gui.Block), the model events controls publish (jsx3.gui.Interactive) and what every form
 * control can do (jsx3.gui.Form).
 */

/** @const */
jsx3.gui = {};

/**
 * An object GI paints into the page.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.app.Model}
 */
jsx3.gui.Painted = function (name) {};

/**
 * Paints this object again, so that changes made without repainting show. GI returns the new
 * HTML, which the server has no use for.
 */
jsx3.gui.Painted.prototype.repaint = function () {};

/**
 * Paints a child added with setChild.
 * @param {jsx3.gui.Painted} child the child
 */
jsx3.gui.Painted.prototype.paintChild = function (child) {};

/**
 * Gives this object the keyboard focus.
 */
jsx3.gui.Painted.prototype.focus = function () {};

/**
 * The model events GI's controls publish, by subject, for jsx3.util.EventDispatcher's subscribe.
 * Handlers written as script in component files (GI's setEvent) are not offered: Encke sends data,
 * never code.
 * @interface
 */
jsx3.gui.Interactive = function () {};

/**
 * A button, menu item or record was executed: clicked, or Enter pressed on it.
 * @const {string}
 */
jsx3.gui.Interactive.EXECUTE = "jsxexecute";

/**
 * The value of a control changed through the user.
 * @const {string}
 */
jsx3.gui.Interactive.CHANGE = "jsxchange";

/**
 * The value of a control is changing, before CHANGE: a slider being dragged, say.
 * @const {string}
 */
jsx3.gui.Interactive.INCR_CHANGE = "jsxincchange";

/**
 * A record of a list, grid or menu was selected.
 * @const {string}
 */
jsx3.gui.Interactive.SELECT = "jsxselect";

/**
 * Something was opened or closed: a tree node, a window.
 * @const {string}
 */
jsx3.gui.Interactive.TOGGLE = "jsxtoggle";

/**
 * A context menu is about to show.
 * @const {string}
 */
jsx3.gui.Interactive.MENU = "jsxmenu";

/**
 * The object was clicked.
 * @const {string}
 */
jsx3.gui.Interactive.JSXCLICK = "jsxclick";

/**
 * The object took the keyboard focus.
 * @const {string}
 */
jsx3.gui.Interactive.JSXFOCUS = "jsxfocus";

/**
 * The object lost the keyboard focus.
 * @const {string}
 */
jsx3.gui.Interactive.JSXBLUR = "jsxblur";

/**
 * A key went down while the object had the focus.
 * @const {string}
 */
jsx3.gui.Interactive.JSXKEYDOWN = "jsxkeydown";

/**
 * A box with text, colours and a font: the base of GI's controls, and a container itself.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Painted}
 * @implements {jsx3.gui.Interactive}
 */
jsx3.gui.Block = function (name) {};

/**
 * Text aligned left.
 * @const {string}
 */
jsx3.gui.Block.ALIGNLEFT = "left";

/**
 * Text centred.
 * @const {string}
 */
jsx3.gui.Block.ALIGNCENTER = "center";

/**
 * Text aligned right.
 * @const {string}
 */
jsx3.gui.Block.ALIGNRIGHT = "right";

/**
 * Shown (CSS display as usual).
 * @const {string}
 */
jsx3.gui.Block.DISPLAYBLOCK = "";

/**
 * Not shown, and taking no room.
 * @const {string}
 */
jsx3.gui.Block.DISPLAYNONE = "none";

/**
 * Bold text.
 * @const {string}
 */
jsx3.gui.Block.FONTBOLD = "bold";

/**
 * Text of normal weight.
 * @const {string}
 */
jsx3.gui.Block.FONTNORMAL = "normal";

/**
 * Visible.
 * @const {string}
 */
jsx3.gui.Block.VISIBILITYVISIBLE = "visible";

/**
 * Invisible, yet taking its room.
 * @const {string}
 */
jsx3.gui.Block.VISIBILITYHIDDEN = "hidden";

/**
 * The text of the block, as HTML.
 * @return {string} the text
 */
jsx3.gui.Block.prototype.getText = function () {};

/**
 * Sets the text of the block; it shows when the block is painted again (repaint), except in a
 * Select, which shows it at once. GI paints it as HTML: escape text you did not write. GI's
 * optional second argument, to paint at once, is left out because Select does not take it.
 * @param {string} text the new text
 * @chainable
 */
jsx3.gui.Block.prototype.setText = function (text) {};

/**
 * The text colour, as CSS gives it.
 * @return {string} the colour
 */
jsx3.gui.Block.prototype.getColor = function () {};

/**
 * Sets the text colour.
 * @param {string} color a CSS colour, such as #00aa00 or green
 * @param {boolean=} updateView whether to show the change at once
 * @chainable
 */
jsx3.gui.Block.prototype.setColor = function (color, updateView) {};

/**
 * The background colour, as CSS gives it.
 * @return {string} the colour
 */
jsx3.gui.Block.prototype.getBackgroundColor = function () {};

/**
 * Sets the background colour.
 * @param {string} color a CSS colour
 * @param {boolean=} updateView whether to show the change at once
 * @chainable
 */
jsx3.gui.Block.prototype.setBackgroundColor = function (color, updateView) {};

/**
 * The weight of the text: FONTBOLD or FONTNORMAL.
 * @return {string} the weight
 */
jsx3.gui.Block.prototype.getFontWeight = function () {};

/**
 * Sets the weight of the text; it shows when the block is painted again.
 * @param {string} fontWeight FONTBOLD or FONTNORMAL
 * @chainable
 */
jsx3.gui.Block.prototype.setFontWeight = function (fontWeight) {};

/**
 * Whether the block is shown: DISPLAYBLOCK or DISPLAYNONE.
 * @return {string} the display
 */
jsx3.gui.Block.prototype.getDisplay = function () {};

/**
 * Shows or hides the block, freeing its room when hidden.
 * @param {string} display DISPLAYBLOCK or DISPLAYNONE
 * @param {boolean=} updateView whether to show the change at once
 * @chainable
 */
jsx3.gui.Block.prototype.setDisplay = function (display, updateView) {};

/**
 * Whether the block is visible: VISIBILITYVISIBLE or VISIBILITYHIDDEN.
 * @return {string} the visibility
 */
jsx3.gui.Block.prototype.getVisibility = function () {};

/**
 * Makes the block visible or invisible, keeping its room.
 * @param {string} visibility VISIBILITYVISIBLE or VISIBILITYHIDDEN
 * @param {boolean=} updateView whether to show the change at once
 * @chainable
 */
jsx3.gui.Block.prototype.setVisibility = function (visibility, updateView) {};

/**
 * The tooltip.
 * @return {string} the tooltip
 */
jsx3.gui.Block.prototype.getTip = function () {};

/**
 * Sets the tooltip; it shows when the block is painted again.
 * @param {string} tip the tooltip, as text
 * @chainable
 */
jsx3.gui.Block.prototype.setTip = function (tip) {};

/**
 * What every GI form control can do: be enabled or disabled, be required, be validated.
 * @interface
 */
jsx3.gui.Form = function () {};

/**
 * The state of a control the user can use.
 * @const {number}
 */
jsx3.gui.Form.STATEENABLED = 1;

/**
 * The state of a control the user cannot use: greyed out, deaf to clicks and keys.
 * @const {number}
 */
jsx3.gui.Form.STATEDISABLED = 0;

/**
 * A control whose value passed its validation.
 * @const {number}
 */
jsx3.gui.Form.STATEVALID = 1;

/**
 * A control whose value failed its validation.
 * @const {number}
 */
jsx3.gui.Form.STATEINVALID = 0;

/**
 * A control that must have a value.
 * @const {number}
 */
jsx3.gui.Form.REQUIRED = 1;

/**
 * A control that may be left empty.
 * @const {number}
 */
jsx3.gui.Form.OPTIONAL = 0;

/**
 * Enables or disables the control. Disabled and repainted, it is greyed and GI drops its event
 * handlers, so the user's clicks no longer reach it.
 * @param {number} state STATEENABLED or STATEDISABLED
 * @param {boolean=} repaint whether to paint the change at once
 * @chainable
 */
jsx3.gui.Form.prototype.setEnabled = function (state, repaint) {};

/**
 * Whether the control is enabled.
 * @return {number} STATEENABLED or STATEDISABLED
 */
jsx3.gui.Form.prototype.getEnabled = function () {};

/**
 * Whether the control must have a value.
 * @return {number} REQUIRED or OPTIONAL
 */
jsx3.gui.Form.prototype.getRequired = function () {};

/**
 * Makes the control required or optional.
 * @param {number} required REQUIRED or OPTIONAL
 * @chainable
 */
jsx3.gui.Form.prototype.setRequired = function (required) {};

/**
 * The result of the control's last validation.
 * @return {number} STATEVALID or STATEINVALID
 */
jsx3.gui.Form.prototype.getValidationState = function () {};

/**
 * @fileoverview Definitions of the Dojo 1.17 Dijit widgets the bindings drive. Widgets read and
 * write their properties through get(name) and set(name, value), which update their DOM; the
 * descriptors say so with @PropertyAccessors. Pages declare the library "dijit" and the widgets in
 * markup (data-dojo-type): Encke parses the markup before it connects.
 */

/** @const */
var dijit = {};

/**
 * Finds a widget of the page by its id.
 * @param {string} id the widget's id
 * @return {dijit._WidgetBase} the widget
 */
dijit.byId = function (id) {};

/**
 * The registry of the page's widgets (the AMD module dijit/registry).
 * @const
 */
dijit.registry = {};

/**
 * Finds a widget of the page by its id.
 * @param {string} id the widget's id
 * @return {dijit._WidgetBase} the widget
 */
dijit.registry.byId = function (id) {};

/**
 * The base of every Dijit widget.
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 */
dijit._WidgetBase = function (params, srcNodeRef) {};

/**
 * The widget's id, also the id of its element unless the markup gave another.
 * @const {string}
 */
dijit._WidgetBase.prototype.id;

/**
 * The widget's outermost element.
 * @const {!Element}
 */
dijit._WidgetBase.prototype.domNode;

/**
 * The tooltip, shown as the element's title attribute.
 * @type {string}
 */
dijit._WidgetBase.prototype.title;

/**
 * Calls a listener each time the widget fires an event, such as "click" or "change".
 * @param {string} type the event
 * @param {function(*)} listener called with what the event carries
 */
dijit._WidgetBase.prototype.on = function (type, listener) {};

/** Destroys the widget and its element. */
dijit._WidgetBase.prototype.destroyRecursive = function () {};

/** @const */
dijit.form = {};

/**
 * The base of the form widgets.
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 * @extends {dijit._WidgetBase}
 */
dijit.form._FormWidget = function (params, srcNodeRef) {};

/**
 * Whether the widget is disabled: it shows so and ignores the user.
 * @type {boolean}
 */
dijit.form._FormWidget.prototype.disabled;

/**
 * The name the value is submitted under in a form.
 * @const {string}
 */
dijit.form._FormWidget.prototype.name;

/** Gives the widget the keyboard focus. */
dijit.form._FormWidget.prototype.focus = function () {};

/**
 * A push button.
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 * @extends {dijit.form._FormWidget}
 */
dijit.form.Button = function (params, srcNodeRef) {};

/**
 * The text on the button, as HTML: Dijit inserts it as markup, so escape text you did not write.
 * @type {string}
 */
dijit.form.Button.prototype.label;

/**
 * Whether the label shows; without it, only the icon does.
 * @type {boolean}
 */
dijit.form.Button.prototype.showLabel;

/**
 * The CSS class of the icon, such as "dijitIconSave".
 * @type {string}
 */
dijit.form.Button.prototype.iconClass;

/**
 * A one-line text field.
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 * @extends {dijit.form._FormWidget}
 */
dijit.form.TextBox = function (params, srcNodeRef) {};

/**
 * The text in the field.
 * @type {string}
 */
dijit.form.TextBox.prototype.value;

/**
 * The hint shown while the field is empty.
 * @type {string}
 */
dijit.form.TextBox.prototype.placeHolder;

/**
 * Whether the user can select but not change the text.
 * @type {boolean}
 */
dijit.form.TextBox.prototype.readOnly;

/**
 * A field for a number, shown in the page's locale. (In Dijit it extends ValidationTextBox; here it
 * extends _FormWidget, because its value is a number, not text.)
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 * @extends {dijit.form._FormWidget}
 */
dijit.form.NumberTextBox = function (params, srcNodeRef) {};

/**
 * The number in the field; null (NaN in the page) while the field is empty or invalid.
 * @type {?number}
 */
dijit.form.NumberTextBox.prototype.value;

/**
 * The hint shown while the field is empty.
 * @type {string}
 */
dijit.form.NumberTextBox.prototype.placeHolder;

/**
 * Whether the user can select but not change the number.
 * @type {boolean}
 */
dijit.form.NumberTextBox.prototype.readOnly;

/**
 * A checkbox.
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 * @extends {dijit.form._FormWidget}
 */
dijit.form.CheckBox = function (params, srcNodeRef) {};

/**
 * Whether the box is checked.
 * @type {boolean}
 */
dijit.form.CheckBox.prototype.checked;

/**
 * The value submitted when the box is checked; "on" unless given.
 * @type {string}
 */
dijit.form.CheckBox.prototype.value;

/**
 * An option of a Select.
 * @record
 */
dijit.form.SelectOption = function () {};

/**
 * What the Select's value is while the option is picked.
 * @type {string}
 */
dijit.form.SelectOption.prototype.value;

/**
 * What the option shows, as HTML: Dijit inserts it as markup, so escape text you did not write.
 * @type {string}
 */
dijit.form.SelectOption.prototype.label;

/**
 * Whether the option is picked.
 * @type {(boolean|undefined)}
 */
dijit.form.SelectOption.prototype.selected;

/**
 * Whether the option cannot be picked.
 * @type {(boolean|undefined)}
 */
dijit.form.SelectOption.prototype.disabled;

/**
 * A drop-down list to pick one option from.
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 * @extends {dijit.form._FormWidget}
 */
dijit.form.Select = function (params, srcNodeRef) {};

/**
 * The value of the option picked.
 * @type {string}
 */
dijit.form.Select.prototype.value;

/**
 * Appends one option, or several.
 * @param {(!dijit.form.SelectOption|!Array<!dijit.form.SelectOption>)} option what to append
 */
dijit.form.Select.prototype.addOption = function (option) {};

/**
 * Removes the option with the given value, or the options with the given values.
 * @param {(string|!Array<string>)} value which to remove
 */
dijit.form.Select.prototype.removeOption = function (value) {};

/**
 * The options of the list, in order.
 * @const {!Array<!dijit.form.SelectOption>}
 */
dijit.form.Select.prototype.options;

/**
 * A rich-text editor.
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 * @extends {dijit._WidgetBase}
 */
dijit.Editor = function (params, srcNodeRef) {};

/**
 * The edited text, as HTML. The editor shows it as markup; the page's Content-Security-Policy
 * keeps any script in it from running.
 * @type {string}
 */
dijit.Editor.prototype.value;

/**
 * Whether the editor is disabled.
 * @type {boolean}
 */
dijit.Editor.prototype.disabled;

/** Gives the editor the keyboard focus. */
dijit.Editor.prototype.focus = function () {};

/**
 * A modal dialog over the page.
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 * @extends {dijit._WidgetBase}
 */
dijit.Dialog = function (params, srcNodeRef) {};

/**
 * The title bar's text, as HTML: Dijit inserts it as markup, so escape text you did not write.
 * @type {string}
 */
dijit.Dialog.prototype.title;

/**
 * Whether the dialog is showing.
 * @const {boolean}
 */
dijit.Dialog.prototype.open;

/** Shows the dialog, fading it in, and blocks the page behind it. */
dijit.Dialog.prototype.show = function () {};

/** Hides the dialog, fading it out. */
dijit.Dialog.prototype.hide = function () {};

/**
 * A bar that shows how far a task has got.
 * @param {!Object<string, *>=} params the widget's properties
 * @param {string=} srcNodeRef the id of the element the widget replaces
 * @constructor
 * @extends {dijit._WidgetBase}
 */
dijit.ProgressBar = function (params, srcNodeRef) {};

/**
 * How far the task has got, between 0 and maximum.
 * @type {number}
 */
dijit.ProgressBar.prototype.value;

/**
 * The value of a finished task; 100 unless given.
 * @type {number}
 */
dijit.ProgressBar.prototype.maximum;

/**
 * How many decimal places the percentage shows; 0 unless given.
 * @type {number}
 */
dijit.ProgressBar.prototype.places;

/**
 * Whether the bar only shows that the task runs, not how far it has got.
 * @type {boolean}
 */
dijit.ProgressBar.prototype.indeterminate;

/**
 * The text on the bar, as HTML, instead of the percentage: Dijit inserts it as markup, so escape
 * text you did not write.
 * @type {string}
 */
dijit.ProgressBar.prototype.label;

/**
 * @fileoverview TIBCO GI's form controls: buttons, text boxes, selects, checkboxes, radio
 * buttons, date pickers and sliders.
 */

/**
 * A command button; clicking it, or Enter and Space while it has the focus, publishes EXECUTE.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 */
jsx3.gui.Button = function (name) {};

/**
 * Publishes EXECUTE as a click would.
 */
jsx3.gui.Button.prototype.doExecute = function () {};

/**
 * The button's text.
 * @return {string} the text
 */
jsx3.gui.Button.prototype.getValue = function () {};

/**
 * A text field, a password field or a text area.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 */
jsx3.gui.TextBox = function (name) {};

/**
 * A one-line text field.
 * @const {number}
 */
jsx3.gui.TextBox.TYPETEXT = 0;

/**
 * A text area of several lines.
 * @const {number}
 */
jsx3.gui.TextBox.TYPETEXTAREA = 1;

/**
 * A password field.
 * @const {number}
 */
jsx3.gui.TextBox.TYPEPASSWORD = 2;

/**
 * No validation.
 * @const {string}
 */
jsx3.gui.TextBox.VALIDATIONNONE = "none";

/**
 * Valid when the text is a number.
 * @const {string}
 */
jsx3.gui.TextBox.VALIDATIONNUMBER = "number";

/**
 * Valid when the text is letters only.
 * @const {string}
 */
jsx3.gui.TextBox.VALIDATIONLETTER = "letter";

/**
 * Valid when the text is an e-mail address.
 * @const {string}
 */
jsx3.gui.TextBox.VALIDATIONEMAIL = "email";

/**
 * The text in the field.
 * @return {string} the text
 */
jsx3.gui.TextBox.prototype.getValue = function () {};

/**
 * Puts text in the field, as text.
 * @param {string} value the text
 * @chainable
 */
jsx3.gui.TextBox.prototype.setValue = function (value) {};

/**
 * The most characters the field takes.
 * @return {number} the limit
 */
jsx3.gui.TextBox.prototype.getMaxLength = function () {};

/**
 * Limits how many characters the field takes.
 * @param {number} maxLength the limit
 * @chainable
 */
jsx3.gui.TextBox.prototype.setMaxLength = function (maxLength) {};

/**
 * Whether the user cannot edit the text: 1 for read-only, 0 for editable.
 * @return {number} 1 or 0
 */
jsx3.gui.TextBox.prototype.getReadonly = function () {};

/**
 * Makes the text read-only (1) or editable (0).
 * @param {number} readonly 1 or 0
 */
jsx3.gui.TextBox.prototype.setReadonly = function (readonly) {};

/**
 * What kind of field this is.
 * @return {number} TYPETEXT, TYPETEXTAREA or TYPEPASSWORD
 */
jsx3.gui.TextBox.prototype.getType = function () {};

/**
 * Makes this a text field, text area or password field; it shows when it is painted again.
 * @param {number} type TYPETEXT, TYPETEXTAREA or TYPEPASSWORD
 * @chainable
 */
jsx3.gui.TextBox.prototype.setType = function (type) {};

/**
 * How the text is validated.
 * @return {string} a VALIDATION constant
 */
jsx3.gui.TextBox.prototype.getValidationType = function () {};

/**
 * Sets how the text is validated.
 * @param {string} validationType a VALIDATION constant
 * @chainable
 */
jsx3.gui.TextBox.prototype.setValidationType = function (validationType) {};

/**
 * A drop-down list, or a combo box, whose options are the records of its CDF document.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 * @implements {jsx3.xml.CDF}
 * @implements {jsx3.xml.Cacheable}
 */
jsx3.gui.Select = function (name) {};

/**
 * A drop-down list: the user picks a record.
 * @const {number}
 */
jsx3.gui.Select.TYPESELECT = 0;

/**
 * A combo box: the user may also type.
 * @const {number}
 */
jsx3.gui.Select.TYPECOMBO = 1;

/**
 * The jsxid of the record picked.
 * @return {string} the jsxid, or null when none is
 */
jsx3.gui.Select.prototype.getValue = function () {};

/**
 * Picks the record with the given jsxid.
 * @param {string} recordId the jsxid
 * @chainable
 */
jsx3.gui.Select.prototype.setValue = function (recordId) {};

/**
 * The text shown for the record picked.
 * @return {string} the text
 */
jsx3.gui.Select.prototype.getText = function () {};

/**
 * Whether this is a drop-down list or a combo box.
 * @return {number} TYPESELECT or TYPECOMBO
 */
jsx3.gui.Select.prototype.getType = function () {};

/**
 * Makes this a drop-down list or a combo box.
 * @param {number} type TYPESELECT or TYPECOMBO
 * @chainable
 */
jsx3.gui.Select.prototype.setType = function (type) {};

/**
 * The text shown while no record is picked.
 * @return {string} the text
 */
jsx3.gui.Select.prototype.getDefaultText = function () {};

/**
 * Sets the text shown while no record is picked.
 * @param {string} defaultText the text
 * @chainable
 */
jsx3.gui.Select.prototype.setDefaultText = function (defaultText) {};

/**
 * A checkbox, which can also show a third, partial state.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 */
jsx3.gui.CheckBox = function (name) {};

/**
 * Not checked.
 * @const {number}
 */
jsx3.gui.CheckBox.UNCHECKED = 0;

/**
 * Checked.
 * @const {number}
 */
jsx3.gui.CheckBox.CHECKED = 1;

/**
 * Partly checked, as a parent of some checked items is.
 * @const {number}
 */
jsx3.gui.CheckBox.PARTIAL = 2;

/**
 * Whether the box is checked.
 * @return {number} CHECKED, UNCHECKED or PARTIAL
 */
jsx3.gui.CheckBox.prototype.getChecked = function () {};

/**
 * Checks or unchecks the box, and shows it.
 * @param {number} checked CHECKED, UNCHECKED or PARTIAL
 * @chainable
 */
jsx3.gui.CheckBox.prototype.setChecked = function (checked) {};

/**
 * The same as getChecked.
 * @return {number} CHECKED, UNCHECKED or PARTIAL
 */
jsx3.gui.CheckBox.prototype.getValue = function () {};

/**
 * A radio button: selecting it deselects the others of its group.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 */
jsx3.gui.RadioButton = function (name) {};

/**
 * Not selected.
 * @const {number}
 */
jsx3.gui.RadioButton.UNSELECTED = 0;

/**
 * Selected.
 * @const {number}
 */
jsx3.gui.RadioButton.SELECTED = 1;

/**
 * Whether this button is selected.
 * @return {number} SELECTED or UNSELECTED
 */
jsx3.gui.RadioButton.prototype.getSelected = function () {};

/**
 * Selects or deselects this button, and shows it.
 * @param {number} selected SELECTED or UNSELECTED
 * @chainable
 */
jsx3.gui.RadioButton.prototype.setSelected = function (selected) {};

/**
 * This button's own value, sent when it is the one selected.
 * @return {string} the value
 */
jsx3.gui.RadioButton.prototype.getValue = function () {};

/**
 * The name of the group this button belongs to.
 * @return {string} the group
 */
jsx3.gui.RadioButton.prototype.getGroupName = function () {};

/**
 * Moves this button into a group.
 * @param {string} groupName the group
 */
jsx3.gui.RadioButton.prototype.setGroupName = function (groupName) {};

/**
 * The value of the button of this group that is selected.
 * @return {string} the value, or null when none is
 */
jsx3.gui.RadioButton.prototype.getGroupValue = function () {};

/**
 * Selects the button of this group that has the given value.
 * @param {string} value the value
 */
jsx3.gui.RadioButton.prototype.setGroupValue = function (value) {};

/**
 * @fileoverview TIBCO GI's containers: the Matrix grid, dialogs, tabbed panes and their tabs, and
 * menus.
 */

/**
 * A grid whose rows are the records of its CDF document and whose columns (Matrix.Column
 * children) show the records' attributes. Rows are added and changed with CDF's insertRecord and
 * insertRecordProperty; a click on a row selects it and publishes SELECT, a double click EXECUTE.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 * @implements {jsx3.xml.CDF}
 * @implements {jsx3.xml.Cacheable}
 */
jsx3.gui.Matrix = function (name) {};

/**
 * Rows cannot be selected.
 * @const {number}
 */
jsx3.gui.Matrix.SELECTION_UNSELECTABLE = 0;

/**
 * One row at a time can be selected.
 * @const {number}
 */
jsx3.gui.Matrix.SELECTION_ROW = 1;

/**
 * Several rows can be selected.
 * @const {number}
 */
jsx3.gui.Matrix.SELECTION_MULTI_ROW = 2;

/**
 * Sorted from the smallest up.
 * @const {string}
 */
jsx3.gui.Matrix.SORT_ASCENDING = "ascending";

/**
 * Sorted from the largest down.
 * @const {string}
 */
jsx3.gui.Matrix.SORT_DESCENDING = "descending";

/**
 * The jsxids of the selected rows.
 * @return {Array<string>} the ids
 */
jsx3.gui.Matrix.prototype.getSelectedIds = function () {};

/**
 * Selects a row.
 * @param {string} recordId the row's jsxid
 */
jsx3.gui.Matrix.prototype.selectRecord = function (recordId) {};

/**
 * Deselects a row.
 * @param {string} recordId the row's jsxid
 */
jsx3.gui.Matrix.prototype.deselectRecord = function (recordId) {};

/**
 * Deselects every row.
 */
jsx3.gui.Matrix.prototype.deselectAllRecords = function () {};

/**
 * Scrolls the grid until a row shows.
 * @param {string} recordId the row's jsxid
 */
jsx3.gui.Matrix.prototype.revealRecord = function (recordId) {};

/**
 * Publishes EXECUTE for a row, as a double click would.
 * @param {string} recordId the row's jsxid
 */
jsx3.gui.Matrix.prototype.executeRecord = function (recordId) {};

/**
 * Paints every row again, from the CDF document.
 */
jsx3.gui.Matrix.prototype.repaintData = function () {};

/**
 * Paints one row again after its record changed.
 * @param {string} recordId the row's jsxid
 * @param {number} action jsx3.xml.CDF's INSERT, UPDATE, DELETE or INSERTBEFORE
 */
jsx3.gui.Matrix.prototype.redrawRecord = function (recordId, action) {};

/**
 * How rows can be selected.
 * @return {number} a SELECTION constant
 */
jsx3.gui.Matrix.prototype.getSelectionModel = function () {};

/**
 * Sets how rows can be selected.
 * @param {number} model a SELECTION constant
 */
jsx3.gui.Matrix.prototype.setSelectionModel = function (model) {};

/**
 * The attribute the rows are sorted by.
 * @return {string} the attribute
 */
jsx3.gui.Matrix.prototype.getSortPath = function () {};

/**
 * Sets the attribute the rows are sorted by; doSort sorts them.
 * @param {string} attribute the attribute
 */
jsx3.gui.Matrix.prototype.setSortPath = function (attribute) {};

/**
 * The direction the rows are sorted in.
 * @return {string} SORT_ASCENDING or SORT_DESCENDING
 */
jsx3.gui.Matrix.prototype.getSortDirection = function () {};

/**
 * Sets the direction the rows are sorted in.
 * @param {string} direction SORT_ASCENDING or SORT_DESCENDING
 */
jsx3.gui.Matrix.prototype.setSortDirection = function (direction) {};

/**
 * Sorts the rows by the sort path and shows them so.
 * @param {string=} direction SORT_ASCENDING or SORT_DESCENDING; the other way round when
 *     left out
 */
jsx3.gui.Matrix.prototype.doSort = function (direction) {};

/**
 * The jsxids of the rows in the order they show.
 * @return {Array<string>} the ids
 */
jsx3.gui.Matrix.prototype.getSortedIds = function () {};

/**
 * A window inside the page, with a caption bar; modal ones block the rest of the application.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 */
jsx3.gui.Dialog = function (name) {};

/**
 * Minimized to its caption bar.
 * @const {number}
 */
jsx3.gui.Dialog.MINIMIZED = 0;

/**
 * Shown at its size.
 * @const {number}
 */
jsx3.gui.Dialog.MAXIMIZED = 1;

/**
 * Not modal.
 * @const {number}
 */
jsx3.gui.Dialog.NONMODAL = 0;

/**
 * Modal: the rest of the application waits for it.
 * @const {number}
 */
jsx3.gui.Dialog.MODAL = 1;

/**
 * Of a fixed size.
 * @const {number}
 */
jsx3.gui.Dialog.FIXED = 0;

/**
 * Resizable by the user.
 * @const {number}
 */
jsx3.gui.Dialog.RESIZABLE = 1;

/**
 * Closes the dialog and removes it from the application.
 */
jsx3.gui.Dialog.prototype.doClose = function () {};

/**
 * Minimizes or restores the dialog.
 * @param {number} state MINIMIZED or MAXIMIZED
 */
jsx3.gui.Dialog.prototype.doToggleState = function (state) {};

/**
 * Whether the dialog is minimized.
 * @return {number} MINIMIZED or MAXIMIZED
 */
jsx3.gui.Dialog.prototype.getWindowState = function () {};

/**
 * Sets whether the dialog is minimized; it shows when it is painted again.
 * @param {number} state MINIMIZED or MAXIMIZED
 * @chainable
 */
jsx3.gui.Dialog.prototype.setWindowState = function (state) {};

/**
 * Whether the dialog is modal.
 * @return {number} MODAL or NONMODAL
 */
jsx3.gui.Dialog.prototype.getModal = function () {};

/**
 * Makes the dialog modal or not; it shows when it is painted again.
 * @param {number} modal MODAL or NONMODAL
 * @chainable
 */
jsx3.gui.Dialog.prototype.setModal = function (modal) {};

/**
 * Whether the dialog is in front of the others.
 * @return {boolean} whether it is
 */
jsx3.gui.Dialog.prototype.isFront = function () {};

/**
 * Panes on top of one another, one shown at a time, chosen by its tab.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 */
jsx3.gui.TabbedPane = function (name) {};

/**
 * The index of the tab in front, from 0.
 * @return {number} the index
 */
jsx3.gui.TabbedPane.prototype.getSelectedIndex = function () {};

/**
 * Brings a tab to the front.
 * @param {number} index the tab's index, from 0
 * @param {boolean=} repaint whether to paint the change at once
 * @chainable
 */
jsx3.gui.TabbedPane.prototype.setSelectedIndex = function (index, repaint) {};

/**
 * The height of the tabs, in pixels.
 * @return {number} the height
 */
jsx3.gui.TabbedPane.prototype.getTabHeight = function () {};

/**
 * Sets the height of the tabs; it shows when the pane is painted again.
 * @param {number} height the height in pixels
 * @chainable
 */
jsx3.gui.TabbedPane.prototype.setTabHeight = function (height) {};

/**
 * A tab of a TabbedPane; its first child is the pane it shows.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 */
jsx3.gui.Tab = function (name) {};

/**
 * A tab the user can choose.
 * @const {number}
 */
jsx3.gui.Tab.STATEENABLED = 1;

/**
 * A greyed tab the user cannot choose.
 * @const {number}
 */
jsx3.gui.Tab.STATEDISABLED = 0;

/**
 * Brings this tab to the front.
 */
jsx3.gui.Tab.prototype.doShow = function () {};

/**
 * Whether the user can choose this tab.
 * @return {number} STATEENABLED or STATEDISABLED
 */
jsx3.gui.Tab.prototype.getEnabled = function () {};

/**
 * Lets the user choose this tab, or not; it shows when the tab is painted again.
 * @param {number} state STATEENABLED or STATEDISABLED
 * @chainable
 */
jsx3.gui.Tab.prototype.setEnabled = function (state) {};

/**
 * Whether this tab is in front.
 * @return {boolean} whether it is
 */
jsx3.gui.Tab.prototype.isFront = function () {};

/**
 * A menu whose items are the records of its CDF document; choosing an item publishes EXECUTE
 * with the item's jsxid as strRECORDID in the context.
 * @param {string} name the name
 * @constructor
 * @extends {jsx3.gui.Block}
 * @implements {jsx3.gui.Form}
 * @implements {jsx3.xml.CDF}
 * @implements {jsx3.xml.Cacheable}
 */
jsx3.gui.Menu = function (name) {};

/**
 * Lets the user choose an item, or not.
 * @param {string} recordId the item's jsxid
 * @param {boolean=} enabled whether the user can choose it; true when left out
 * @chainable
 */
jsx3.gui.Menu.prototype.enableItem = function (recordId, enabled) {};

/**
 * Keeps the user from choosing an item.
 * @param {string} recordId the item's jsxid
 * @chainable
 */
jsx3.gui.Menu.prototype.disableItem = function (recordId) {};

/**
 * Whether the user can choose an item.
 * @param {string} recordId the item's jsxid
 * @return {boolean} whether they can
 */
jsx3.gui.Menu.prototype.isItemEnabled = function (recordId) {};

/**
 * Ticks an item, or removes its tick.
 * @param {string} recordId the item's jsxid
 * @param {boolean=} selected whether it is ticked; true when left out
 * @chainable
 */
jsx3.gui.Menu.prototype.selectItem = function (recordId, selected) {};

/**
 * Removes an item's tick.
 * @param {string} recordId the item's jsxid
 * @chainable
 */
jsx3.gui.Menu.prototype.deselectItem = function (recordId) {};

/**
 * Whether an item is ticked.
 * @param {string} recordId the item's jsxid
 * @return {boolean} whether it is
 */
jsx3.gui.Menu.prototype.isItemSelected = function (recordId) {};

/**
 * Publishes EXECUTE for an item, as choosing it would.
 * @param {string} recordId the item's jsxid
 * @chainable
 */
jsx3.gui.Menu.prototype.executeRecord = function (recordId) {};

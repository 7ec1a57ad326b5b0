/**
 * @fileoverview TIBCO General Interface (GI) 3.9: its runtime, the objects of an application and
 * the events they publish. GI is on no package registry: a page loads it as a GI deployment does
 * (JSX/js/JSX30.js with the application's path) and declares the library "gi", Encke's own small
 * script, which holds the page's hello until GI has painted. The signatures follow GI's API
 * documentation (api/xml of a GI copy); GiApiConformanceTest checks them against it.
 */

/**
 * The GI runtime.
 * @const
 */
var jsx3 = {};

/**
 * The application running under a namespace. GI 3.9.1 has this function in its runtime but not in
 * its API documentation; an application's namespace is set by its config.xml.
 * @param {string} namespace the namespace
 * @return {jsx3.app.Server} the application
 */
jsx3.getApp = function (namespace) {};

/** @const */
jsx3.app = {};

/** @const */
jsx3.util = {};

/**
 * Something that publishes events to subscribers: every object of a GI application does, and
 * controls publish their model events (EXECUTE, CHANGE, …) this way.
 * @interface
 */
jsx3.util.EventDispatcher = function () {};

/**
 * The subject that subscribes to every event.
 * @const {string}
 */
jsx3.util.EventDispatcher.SUBJECT_ALL = "*";

/**
 * Calls a listener on the server for each event this object publishes with the given subject,
 * such as jsx3.gui.Interactive.EXECUTE. The listener runs on Encke's listener pool, with this
 * page as the target of the calls it makes.
 * @param {string} subject the subject
 * @param {function(encke.gi.ModelEvent)} listener the listener
 */
jsx3.util.EventDispatcher.prototype.subscribe = function (subject, listener) {};

/**
 * Removes every subscriber to a subject, the server's listeners included.
 * @param {string} subject the subject
 */
jsx3.util.EventDispatcher.prototype.unsubscribeAll = function (subject) {};

/**
 * An object of a GI application's DOM: every control, block and pane is one. GI gives each an id
 * of its own when it is created (such as _jsx_0_4); the name is the one its component file or
 * its creator gave it.
 * @param {string} name the name
 * @constructor
 * @implements {jsx3.util.EventDispatcher}
 */
jsx3.app.Model = function (name) {};

/**
 * The id GI gave this object: what jsx3.app.Server's getJSXById finds it by.
 * @return {string} the id
 */
jsx3.app.Model.prototype.getId = function () {};

/**
 * The name of this object, as its component file gives it.
 * @return {string} the name
 */
jsx3.app.Model.prototype.getName = function () {};

/**
 * The namespace of the application this object belongs to.
 * @return {string} the namespace
 */
jsx3.app.Model.prototype.getNS = function () {};

/**
 * The object that contains this one.
 * @return {jsx3.app.Model} the parent
 */
jsx3.app.Model.prototype.getParent = function () {};

/**
 * The application this object belongs to.
 * @return {jsx3.app.Server} the application
 */
jsx3.app.Model.prototype.getServer = function () {};

/**
 * Adds an object as the last child of this one; paint it with jsx3.gui.Painted's paintChild.
 * @param {jsx3.app.Model} child the new child
 */
jsx3.app.Model.prototype.setChild = function (child) {};

/**
 * Removes a child of this object, and its view with it.
 * @param {jsx3.app.Model} child the child
 */
jsx3.app.Model.prototype.removeChild = function (child) {};

/**
 * What GI's objects and events look like when they reach the server (encke is declared in
 * dom-event.js).
 * @const
 */
encke.gi = {};

/**
 * A GI object as it reaches the server: its id and name, never GI's internals.
 * @record
 */
encke.gi.ModelRef = function () {};

/**
 * The id GI gave the object.
 * @type {string}
 */
encke.gi.ModelRef.prototype.id;

/**
 * The object's name.
 * @type {?string}
 */
encke.gi.ModelRef.prototype.name;

/**
 * An event a GI object published, as a server listener receives it.
 * @record
 */
encke.gi.ModelEvent = function () {};

/**
 * What happened: jsx3.gui.Interactive.EXECUTE, CHANGE, SELECT, …
 * @type {string}
 */
encke.gi.ModelEvent.prototype.subject;

/**
 * The object that published the event.
 * @type {encke.gi.ModelRef}
 */
encke.gi.ModelEvent.prototype.target;

/**
 * What GI tells about the event, by GI's names: a CHANGE of a text box has strVALUE and
 * strPREVIOUS, a select's has strRECORDID, a checkbox's intCHECKED; objEVENT is the browser event
 * that caused it, as its type. Empty when GI tells nothing.
 * @type {?Object<string, *>}
 */
encke.gi.ModelEvent.prototype.context;

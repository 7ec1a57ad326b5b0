/**
 * @fileoverview The example of README's "Write a binding for your own widget library": definitions
 * of a small widget library of a user's own, quotes (its browser side is
 * src/test/resources/META-INF/resources/quotes/ticker.js). Closure-externs style: declarations
 * with JSDoc types and empty bodies, read by the Encke code generator.
 */

/** @const */
var quotes = {};

/**
 * Finds the ticker shown in the element with the given id.
 * @param {string} id the element's id
 * @return {quotes.Ticker} the ticker
 */
quotes.byId = function (id) {};

/**
 * A share price shown in the page: green when it rose, red when it fell.
 * @param {string} id the id of the element that shows the price
 * @constructor
 */
quotes.Ticker = function (id) {};

/**
 * How many decimals the price shows; 2 unless set.
 * @type {number}
 */
quotes.Ticker.prototype.decimals;

/**
 * Shows a new price.
 * @param {number} price the new price
 * @chainable
 */
quotes.Ticker.prototype.setPrice = function (price) {};

/**
 * The price shown.
 * @return {number} the price, or null before the first
 */
quotes.Ticker.prototype.getPrice = function () {};

/**
 * Calls a listener each time the user clicks the ticker.
 * @param {function(string, number)} listener called with the ticker's id and price
 */
quotes.Ticker.prototype.onSelect = function (listener) {};

/** @const */
var ticker = {};

/**
 * A share price shown on the page.
 * @param {string} id the element showing it
 * @constructor
 */
ticker.Price = function (id) {};

/**
 * Shows a new price.
 * @param {number} price the price in cents
 * @chainable
 */
ticker.Price.prototype.update = function (price) {};

/**
 * Finds a price by element id.
 * @param {string} id the element
 * @return {ticker.Price}
 */
ticker.byId = function (id) {};

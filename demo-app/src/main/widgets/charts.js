/**
 * @fileoverview Definitions of the demo's small SVG charts (web/charts.js). The demo builds its Java
 * proxies from this file with the Encke plugin, as any application would for its own widgets.
 */

/** @const */
var demo = {};

/**
 * Live line charts drawn in SVG, fed point by point from the server.
 * @const
 */
demo.charts = {};

/**
 * A line chart that keeps the last points of each of its series and redraws as points arrive.
 * @constructor
 * @param {string} elementId the id of the element the chart draws in
 */
demo.charts.LineChart = function (elementId) {};

/**
 * Adds a point at the right-hand end of a series; the oldest point scrolls out.
 * @param {string} series the name of the series, as shown in the legend
 * @param {number} value the new value
 * @chainable
 */
demo.charts.LineChart.prototype.addPoint = function (series, value) {};

/**
 * Removes every point of every series.
 * @chainable
 */
demo.charts.LineChart.prototype.clear = function () {};

/**
 * Finds the chart drawn in the element with the given id.
 * @param {string} elementId the id of the chart's element
 * @return {demo.charts.LineChart} the chart
 */
demo.charts.byId = function (elementId) {};

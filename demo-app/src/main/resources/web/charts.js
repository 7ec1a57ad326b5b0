/*
 * The demo's live line charts: plain SVG, no library. A page makes a chart with
 * new demo.charts.LineChart('rate'); the server finds it with demo.charts.byId('rate') and feeds it
 * with addPoint(series, value). Definitions, with types: demo-app/src/main/widgets/charts.js.
 */
(function (window, document) {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 480;
  var HEIGHT = 160;
  var PADDING = 28;
  var MAX_POINTS = 60;
  var COLORS = ['#1f6feb', '#cf222e', '#1a7f37', '#9a6700'];
  var charts = {};

  function svgElement(name, attributes) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    return node;
  }

  function LineChart(elementId) {
    var host = document.getElementById(elementId);
    if (!host) {
      throw new Error('demo.charts: no element with id "' + elementId + '"');
    }
    this.id = elementId;
    this.series = {};
    this.order = [];
    this.svg = svgElement('svg', { viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, role: 'img',
      'class': 'line-chart' });
    host.appendChild(this.svg);
    charts[elementId] = this;
    this.draw();
  }

  LineChart.prototype.addPoint = function (name, value) {
    if (!this.series.hasOwnProperty(name)) {
      this.series[name] = [];
      this.order.push(name);
    }
    var points = this.series[name];
    points.push(Number(value));
    if (points.length > MAX_POINTS) {
      points.shift();
    }
    this.draw();
    return this;
  };

  LineChart.prototype.clear = function () {
    this.series = {};
    this.order = [];
    this.draw();
    return this;
  };

  LineChart.prototype.draw = function () {
    var svg = this.svg;
    var series = this.series;
    while (svg.firstChild) {
      svg.removeChild(svg.firstChild);
    }
    var max = 1;
    this.order.forEach(function (name) {
      series[name].forEach(function (value) {
        max = Math.max(max, value);
      });
    });
    svg.appendChild(svgElement('line', { x1: PADDING, y1: HEIGHT - PADDING, x2: WIDTH,
      y2: HEIGHT - PADDING, stroke: '#999' }));
    var label = svgElement('text', { x: 2, y: 12, 'font-size': 10, fill: '#666' });
    label.textContent = String(Math.round(max * 10) / 10);
    svg.appendChild(label);
    var step = (WIDTH - PADDING) / (MAX_POINTS - 1);
    this.order.forEach(function (name, index) {
      var color = COLORS[index % COLORS.length];
      var coordinates = series[name].map(function (value, i) {
        var x = PADDING + i * step;
        var y = HEIGHT - PADDING - (value / max) * (HEIGHT - 2 * PADDING);
        return x.toFixed(1) + ',' + y.toFixed(1);
      });
      svg.appendChild(svgElement('polyline', { points: coordinates.join(' '), fill: 'none',
        stroke: color, 'stroke-width': 2, 'data-series': name }));
      var legend = svgElement('text', { x: PADDING + 8 + index * 150, y: HEIGHT - 8,
        'font-size': 11, fill: color });
      legend.textContent = name;
      svg.appendChild(legend);
    });
  };

  window.demo = window.demo || {};
  window.demo.charts = {
    LineChart: LineChart,
    byId: function (elementId) {
      if (!charts.hasOwnProperty(elementId)) {
        throw new Error('demo.charts: no chart in element "' + elementId + '"');
      }
      return charts[elementId];
    }
  };
})(window, document);

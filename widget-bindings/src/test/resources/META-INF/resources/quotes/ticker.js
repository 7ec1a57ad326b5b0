/*
 * The quotes library: the browser side of the example binding (src/test/widgets/quotes.js). It
 * stands for a widget library of your own; nothing in it knows about Encke.
 */
(function (window, document) {
  'use strict';

  var tickers = {};

  function Ticker(id) {
    var self = this;
    this.element = document.getElementById(id);
    this.decimals = 2;
    this.price = null;
    this.listeners = [];
    this.element.addEventListener('click', function () {
      self.listeners.forEach(function (listener) {
        listener(id, self.price);
      });
    });
    tickers[id] = this;
  }

  Ticker.prototype.setPrice = function (price) {
    var previous = this.price;
    this.price = price;
    this.element.textContent = price.toFixed(this.decimals);
    this.element.classList.toggle('up', previous !== null && price > previous);
    this.element.classList.toggle('down', previous !== null && price < previous);
    return this;
  };

  Ticker.prototype.getPrice = function () {
    return this.price;
  };

  Ticker.prototype.onSelect = function (listener) {
    this.listeners.push(listener);
  };

  window.quotes = {
    Ticker: Ticker,
    byId: function (id) {
      return tickers[id] || new Ticker(id);
    }
  };
})(window, document);

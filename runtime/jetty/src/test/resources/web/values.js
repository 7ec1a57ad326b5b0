// Values a test asks the page for: objects that say how they go as JSON.
window.values = {
  epoch: function () {
    return new Date(0);
  },
  order: function () {
    return { symbol: 'ACME', placed: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), internals: {
      toJSON: function () { return 'summary'; }
    } };
  },
  selfish: function () {
    var value = { name: 'self' };
    value.toJSON = function () { return this; };
    return value;
  }
};

// A minimal AMD loader with the two calls the library loader uses, as Dojo's has them:
// require(ids, callback), which calls back later with each module's value, and
// require.on('error', listener) -> { remove() }. Its modules stand for the values real ones have.
(function () {
  var errorListeners = [];
  var widgets = [];
  // Dojo's parser.parse() when every widget module is cached: its array of widgets with then()
  // mixed in, resolving at once to that same array.
  widgets.then = function (onFulfilled) {
    onFulfilled(widgets);
    return widgets;
  };
  var pending = new Promise(function (resolve) { window.resolvePendingModule = resolve; });
  var modules = {
    'fixture/ready': function () { return { ready: true }; },
    'fixture/self-resolving': function () { return widgets; },
    'fixture/pending': function () { return pending; },
    'fixture/failing': function () { return Promise.reject(new Error('the parse failed')); }
  };
  window.loaded.push('amd-loader');
  window.required = [];
  window.require = function (ids, callback) {
    Promise.resolve().then(function () {
      var missing = ids.filter(function (id) { return !modules[id]; });
      if (missing.length > 0) {
        errorListeners.slice().forEach(function (listener) {
          listener(new Error('module not found: ' + missing[0]));
        });
        return;
      }
      window.required = window.required.concat(ids);
      callback.apply(null, ids.map(function (id) { return modules[id](); }));
    });
  };
  window.require.on = function (type, listener) {
    errorListeners.push(listener);
    return {
      remove: function () { errorListeners.splice(errorListeners.indexOf(listener), 1); }
    };
  };
}());

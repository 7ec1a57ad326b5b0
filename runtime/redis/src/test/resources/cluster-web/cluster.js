// What the nodes of a cluster push to: labels kept in arrival order, a value, a click handler.
// The labels outlive a reload of the tab (sessionStorage), with "#load" where each reload began,
// so that a test can tell a push the page was told to reload for from one lost silently.
(function () {
  var storage = window.sessionStorage;
  var stored = storage.getItem('cluster.received');
  var received = stored === null ? [] : JSON.parse(stored);
  var loads = Number(storage.getItem('cluster.loads') || '0') + 1;
  var handler = null;
  storage.setItem('cluster.loads', String(loads));
  if (loads > 1) {
    received.push('#load');
  }
  window.addEventListener('pagehide', function () {
    storage.setItem('cluster.received', JSON.stringify(received));
  });
  window.cluster = {
    apply: function (label) { received.push(label); },
    received: function () { return received.slice(); },
    loads: function () { return loads; },
    value: function () { return 'value of ' + window.encke.session(); },
    listen: function (fn) { handler = fn; }
  };
  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('click').addEventListener('click', function () {
      if (handler !== null) {
        handler('clicked');
      }
    });
  });
})();

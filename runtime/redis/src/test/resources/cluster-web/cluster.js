// What the nodes of a cluster push to: labels kept in arrival order, a value, a click handler.
(function () {
  var received = [];
  var handler = null;
  window.cluster = {
    apply: function (label) { received.push(label); },
    received: function () { return received.slice(); },
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

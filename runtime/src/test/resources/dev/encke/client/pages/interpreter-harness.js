// Drives the interpreter alone: what it sends up is kept as the JSON the wire would carry, and
// window.fixture holds the functions the operations call, on these elements.
document.body.insertAdjacentHTML('beforeend', '<p id="out"></p><input id="field" value="">' +
  '<button id="button" type="button">Press</button><a id="link" href="#top">link</a>');
window.sent = [];
window.interpreter = createInterpreter({
  sendUp: function (message) { window.sent.push(JSON.stringify(message)); },
  nonce: ''
});

// Applies each operation; returns, for each, null or the message of the error it threw.
window.applyAll = function (operations) {
  return operations.map(function (operation) {
    try {
      window.interpreter.apply(operation);
      return null;
    } catch (e) {
      return String(e && e.message ? e.message : e);
    }
  });
};

window.fixture = {
  setText: function (id, text) {
    document.getElementById(id).textContent = text;
  },
  describe: function (first, second) {
    return [first && first.nodeType === 1 ? 'element ' + first.id : typeof first,
      typeof second === 'object' ? JSON.stringify(second) : typeof second];
  },
  onClick: function (id, listener) {
    document.getElementById(id).addEventListener('click', listener);
  },
  evaluate: window.eval,
  cycle: function () {
    var node = { name: 'node' };
    node.self = node;
    return node;
  },
  twice: function () {
    var point = { x: 1, y: 2 };
    return { from: point, to: point, path: [point, point] };
  },
  when: function () {
    return new Date(Date.UTC(2024, 1, 29, 12, 30, 0));
  },
  address: function () {
    return new URL('https://example.org/quotes?symbol=ENCK');
  },
  area: function () {
    return new DOMRect(1, 2, 30, 40);
  },
  Counter: function (start) {
    this.value = start;
  }
};
window.fixture.Counter.prototype.increment = function () {
  this.value += 1;
  return this.value;
};
window.harnessReady = true;

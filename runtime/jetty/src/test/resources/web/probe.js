// Functions a test pushes commands to.
window.probe = {
  setText: function (id, text) {
    document.getElementById(id).textContent = text;
  },
  append: function (id, text) {
    document.getElementById(id).textContent += text;
  },
  text: function (id) {
    return document.getElementById(id).textContent;
  },
  idOf: function (element) {
    return element.id;
  },
  onClick: function (id, listener) {
    document.getElementById(id).addEventListener('click', listener);
  },
  Counter: function (start) {
    this.value = start;
  }
};
window.probe.Counter.prototype.increment = function () {
  this.value += 1;
  return this.value;
};
// Numbered commands of the chaos and fallback tests: every application is recorded, so a
// duplicate or a gap shows.
window.probe.applied = [];
window.probe.apply = function (n) {
  this.applied.push(n);
};

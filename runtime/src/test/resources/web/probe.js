// Functions a test pushes commands to.
window.probe = {
  setText: function (id, text) {
    document.getElementById(id).textContent = text;
  },
  append: function (id, text) {
    document.getElementById(id).textContent += text;
  }
};

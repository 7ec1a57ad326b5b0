// The functions HostContract pushes commands to.
window.probe = {
  append: function (id, text) {
    document.getElementById(id).textContent += text;
  }
};

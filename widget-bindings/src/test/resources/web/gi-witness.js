// A witness of code made from strings, for the GI page's test that Encke's client makes none.
// The page's policy enforces Trusted Types, so every eval, new Function, timer given a string and
// inline script text passes the default policy below, which lets it through unchanged and records
// the sink and the script that asked: the first script address on the stack that is not this
// file's. It must be the page's first script.
(function () {
  var made = window.codeFromStrings = [];
  var SCRIPT_URL = /(https?:\/\/[^\s()]+?):\d+:\d+/g;

  function asker() {
    var found;
    var stack = String(new Error().stack);
    while ((found = SCRIPT_URL.exec(stack)) !== null) {
      if (found[1].indexOf('/gi-witness.js') < 0) {
        SCRIPT_URL.lastIndex = 0;
        return found[1];
      }
    }
    return null;
  }

  window.trustedTypes.createPolicy('default', {
    createHTML: function (html) { return html; },
    createScriptURL: function (url) { return url; },
    createScript: function (code, type, sink) {
      made.push({ sink: String(sink), asker: asker() });
      return code;
    }
  });
}());

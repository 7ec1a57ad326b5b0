// A library that finishes starting only when the button is pressed, as GI finishes painting its
// applications some time after its script ran. Records whether the page had said hello by then.
(function () {
  var root = document.documentElement;
  var finish;
  window.later = {
    helloBeforeReady: null,
    ready: new Promise(function (resolve) { finish = resolve; })
  };
  function listen() {
    document.getElementById('finish').addEventListener('click', function () {
      window.later.helloBeforeReady = root.hasAttribute('data-encke');
      finish();
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', listen);
  } else {
    listen();
  }
}());

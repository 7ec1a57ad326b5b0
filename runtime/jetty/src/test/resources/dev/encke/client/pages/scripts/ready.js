// A library that finishes starting later, as GI paints its applications some time after its
// script ran: readyFixture.started settles when the test calls finishStarting(value).
(function () {
  var finish;
  window.loaded.push('ready');
  window.readyFixture = {
    name: 'not a promise',
    started: new Promise(function (resolve) { finish = resolve; })
  };
  window.finishStarting = function (value) { finish(value); };
}());

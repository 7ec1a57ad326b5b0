// Drives the library loader alone: its manifests are the fixtures in pages/libraries/, their
// scripts (in pages/scripts/) note in window.loaded that they ran, and load() keeps its outcome.
window.loaded = [];
window.outcomes = [];
window.libraries = createLibraryLoader({
  endpoint: function (path) { return new URL('/pages/' + path, window.location.href).href; },
  nonce: ''
});

// As Encke mounted under a context path would be: its endpoints below /pages/mounted/encke/.
window.mountedLibraries = createLibraryLoader({
  endpoint: function (path) {
    return new URL('/pages/mounted/encke/' + path, window.location.href).href;
  },
  nonce: ''
});

window.load = function (names, loader) {
  (loader || window.libraries).load(names).then(function (value) {
    window.outcomes.push('loaded' + (value === undefined ? '' : ' with ' + value));
  }, function (error) {
    window.outcomes.push('failed: ' + (error && error.message ? error.message : error));
  });
};
window.harnessReady = true;

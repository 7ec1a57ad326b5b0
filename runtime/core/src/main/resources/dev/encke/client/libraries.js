// Libraries: a page declares the widget libraries it drives with
//   <meta name="encke-libraries" content="dijit scriptaculous">
// and before the channel says hello, each library is loaded in the declared order: its manifest
// (/encke/libraries/<name>.json, written by the code generator from the bindings' @Scripts,
// @AmdModules and @Library) is read, its scripts are loaded one after the other as <script src>
// elements, then its AMD modules are required. A module whose value is a promise (one that parses
// the page's widgets, say) is waited for, and so is the promise a manifest names as "ready": the
// global path of a promise its scripts made, for a library that finishes starting later (GI
// paints its applications asynchronously). So no pushed command can arrive before the library it
// calls. No eval, no inline script: it all runs under script-src 'self'.
//
//   createLibraryLoader({ endpoint, nonce }) -> { declared(), load(names) }
//
// endpoint(path) is the absolute URL of /encke/<path>; nonce is the one encke.js was loaded with,
// given to each script element. A script a manifest names from the root (/webjars/...) is taken
// from where Encke is mounted, the application's context path, not from the host's root: the
// same bindings serve an application at / and one at /shop. declared() lists the names the page declares; load(names) returns
// a promise that resolves when every library has loaded, or rejects with the first failure (the
// libraries after it are not loaded).
function createLibraryLoader(options) {
  'use strict';
  var endpoint = options.endpoint;
  var nonce = options.nonce;
  var mountRoot = new URL('..', endpoint('')).href;
  var LIBRARY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
  var GLOBAL_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

  function declared() {
    var meta = document.querySelector('meta[name="encke-libraries"]');
    var content = meta === null ? '' : meta.getAttribute('content') || '';
    return content.split(/\s+/).filter(function (name) { return name !== ''; });
  }

  // One after the other: a library, or a script, may depend on those before it.
  function inOrder(items, loadOne) {
    return items.reduce(function (previous, item) {
      return previous.then(function () { return loadOne(item); });
    }, Promise.resolve());
  }

  function load(names) {
    return inOrder(names, loadLibrary);
  }

  function loadLibrary(name) {
    if (!LIBRARY_NAME.test(name)) {
      return Promise.reject(new Error('not a library name: "' + name + '"'));
    }
    return window.fetch(endpoint('libraries/' + name + '.json'), {
      credentials: 'same-origin', cache: 'no-cache'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('library "' + name + '": its manifest answered HTTP ' + response.status);
      }
      return response.json();
    }).then(function (manifest) {
      return inOrder(manifest.scripts || [], loadScript).then(function () {
        return requireModules(name, manifest.amdModules || []);
      }).then(function () {
        return awaitReady(name, manifest.ready);
      });
    });
  }

  function scriptUrl(source) {
    var fromRoot = source.charAt(0) === '/' && source.charAt(1) !== '/';
    return fromRoot ? new URL(source.substring(1), mountRoot).href
      : new URL(source, window.location.href).href;
  }

  function loadScript(source) {
    var url = scriptUrl(source);
    var present = Array.prototype.some.call(document.scripts, function (script) {
      return script.src === url;
    });
    if (present) {
      return Promise.resolve();
    }
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      if (nonce) {
        script.nonce = nonce;
      }
      script.async = false;
      script.addEventListener('load', function () { resolve(); });
      script.addEventListener('error', function () {
        reject(new Error('cannot load the script ' + source));
      });
      script.src = url;
      (document.head || document.documentElement).appendChild(script);
    });
  }

  function requireModules(name, modules) {
    if (modules.length === 0) {
      return Promise.resolve();
    }
    var amdRequire = window.require;
    if (typeof amdRequire !== 'function') {
      return Promise.reject(new Error('library "' + name + '" needs AMD modules, but its ' +
        'scripts loaded no AMD loader'));
    }
    return new Promise(function (resolve, reject) {
      var onError = typeof amdRequire.on === 'function' ? amdRequire.on('error', function (error) {
        onError.remove();
        reject(error);
      }) : null;
      amdRequire(modules, function () {
        if (onError) {
          onError.remove();
        }
        var pending = Array.prototype.filter.call(arguments, function (value) {
          return typeof value === 'object' && value !== null && typeof value.then === 'function';
        }).map(settled);
        Promise.all(pending).then(function () { resolve(); }, reject);
      });
    });
  }

  function awaitReady(name, ready) {
    if (ready === undefined || ready === null) {
      return Promise.resolve();
    }
    var value = GLOBAL_PATH.test(String(ready)) ? String(ready).split('.').reduce(
      function (owner, key) {
        return owner !== null && owner !== undefined &&
          Object.prototype.hasOwnProperty.call(owner, key) ? owner[key] : undefined;
      }, window) : undefined;
    if (value === null || typeof value !== 'object' || typeof value.then !== 'function') {
      return Promise.reject(new Error('library "' + name + '": its ready value ' + ready +
        ' is not a promise'));
    }
    return settled(value);
  }

  // Waits for a module's thenable without adopting its value. Promise.all would adopt it, and a
  // value that is itself thenable gets adopted again: Dojo's parser.parse(), when every widget
  // module is cached, resolves to its own result, so adopting it never ends and the page freezes.
  function settled(thenable) {
    return new Promise(function (resolve, reject) {
      thenable.then(function () { resolve(); }, reject);
    });
  }

  return { declared: declared, load: load };
}

/*
 * TIBCO General Interface (GI) for Encke pages: the library "gi". GI loads itself, as a GI
 * deployment does (<script src=".../JSX/js/JSX30.js" jsxapppath="..."> in the element it paints
 * into); this script only
 * - makes enckeGi.ready, the promise the library's manifest names as "ready", so that the page
 *   says hello once the GI applications it boots have painted and no push looks for an object that
 *   does not exist yet. It resolves at once on a page without GI, and fails when GI's script did
 *   not load or GI has not painted within a minute (without 'unsafe-eval' in the page's policy, GI
 *   never gets past "Loading system..."): the page then connects all the same;
 * - lets GI's objects reach the server as their id and name: a control in a model event, or an
 *   object a value holds, goes as {id, name}, never as GI's internals; a GI event as its type.
 * It reads GI through its runtime as 3.9.1 has it: jsx3.lang.System.getAllApps (not in GI's API
 * documentation) and each application's root block, which GI creates as it paints the whole
 * application in one go. No eval: it runs under script-src 'self'.
 */
(function (window, document) {
  'use strict';

  var PAINT_TIMEOUT_MS = 60000;
  var BOOT_SCRIPT = 'script[jsxapppath]';
  var gi = window.enckeGi = window.enckeGi || {};

  // GI replaces its boot script with a progress display as soon as the script runs, so boot
  // scripts are counted as they appear: all of them when this script runs first (a page with
  // several GI applications loads it in its head), those still there otherwise.
  var bootScripts = [];
  function notice(node) {
    if (node.nodeType === 1 && node.matches(BOOT_SCRIPT) && bootScripts.indexOf(node) < 0) {
      bootScripts.push(node);
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll(BOOT_SCRIPT), notice);
  var arrivals = new MutationObserver(function (records) {
    records.forEach(function (record) {
      Array.prototype.forEach.call(record.addedNodes, notice);
    });
  });
  arrivals.observe(document.documentElement, { childList: true, subtree: true });

  function documentParsed() {
    return new Promise(function (resolve) {
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { resolve(); });
      } else {
        resolve();
      }
    });
  }

  function paintedApps() {
    var system = window.jsx3 && window.jsx3.lang && window.jsx3.lang.System;
    if (!system || typeof system.getAllApps !== 'function') {
      return 0;
    }
    return system.getAllApps().filter(function (server) {
      return server.JSXROOT !== null && server.JSXROOT !== undefined;
    }).length;
  }

  function describeObjects(jsx3) {
    jsx3.app.Model.prototype.toJSON = function () {
      return { id: this.getId(), name: this.getName() };
    };
    jsx3.gui.Event.prototype.toJSON = function () {
      return { type: this.getType() };
    };
  }

  // Every change GI makes to the page is a moment to look again.
  function painted(expected) {
    return new Promise(function (resolve, reject) {
      var observer = new MutationObserver(check);
      var timer = window.setTimeout(function () {
        finish(new Error('GI has not painted its application(s) within ' +
          PAINT_TIMEOUT_MS / 1000 + ' s; does the page\'s policy allow \'unsafe-eval\'?'));
      }, PAINT_TIMEOUT_MS);
      function finish(error) {
        observer.disconnect();
        window.clearTimeout(timer);
        if (error) {
          reject(error);
        } else {
          describeObjects(window.jsx3);
          resolve();
        }
      }
      function check() {
        if (paintedApps() >= expected) {
          finish(null);
        }
      }
      observer.observe(document.body, { childList: true, subtree: true });
      check();
    });
  }

  gi.ready = documentParsed().then(function () {
    arrivals.disconnect();
    if (!window.jsx3) {
      // A boot script runs before the document is parsed: if there was one, it did not load.
      if (bootScripts.length > 0) {
        throw new Error('GI did not load from ' + bootScripts[0].src + ': is GI served there?');
      }
      return undefined;
    }
    return painted(Math.max(bootScripts.length, 1));
  });
}(window, document));

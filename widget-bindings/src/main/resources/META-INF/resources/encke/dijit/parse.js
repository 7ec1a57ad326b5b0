/*
 * Creates the page's Dijit widgets from its markup (data-dojo-type, data-dojo-props in JSON5, which
 * Dojo reads without eval under its CSP restrictions) and resolves once they exist. The library
 * "dijit" requires this module, and Encke waits for its promise before it connects, so a push
 * never looks for a widget that does not exist yet. The CSP shim comes first, so that editors in
 * the markup work under script-src 'self'. Pages must not parse a second time (parseOnLoad, or
 * their own parser.parse()): Dijit refuses two widgets with one id.
 *
 * parser.parse() returns its array of widgets with the promise's then() mixed in. When every
 * widget module is already loaded (a cached page) it resolves at once, with that same array: a
 * thenable that resolves to itself, which a native promise adopts again and again without end,
 * freezing the page. So the module's value is a fresh promise that resolves to nothing.
 */
define(['dojo/parser', 'encke-dijit/csp', 'dojo/domReady!'], function (parser) {
  'use strict';

  var parsed = parser.parse();
  return new Promise(function (resolve, reject) {
    parsed.then(function () { resolve(); }, reject);
  });
});

/*
 * Creates the page's Dijit widgets from its markup (data-dojo-type, data-dojo-props in JSON5, which
 * Dojo reads without eval under its CSP restrictions) and resolves once they exist. The library
 * "dijit" requires this module, and Encke waits for its promise before it connects, so a push
 * never looks for a widget that does not exist yet. The CSP shim comes first, so that editors in
 * the markup work under script-src 'self'. Pages must not parse a second time (parseOnLoad, or
 * their own parser.parse()): Dijit refuses two widgets with one id.
 */
define(['dojo/parser', 'encke-dijit/csp', 'dojo/domReady!'], function (parser) {
  'use strict';

  return parser.parse();
});

/*
 * Loads Dojo and Dijit from their WebJars in AMD mode with Dojo's CSP restrictions on, so that pages
 * served with Content-Security-Policy: script-src 'self' work: modules load as <script src>, never
 * through eval. Load this before /webjars/dojo/<version>/dojo.js. The WebJars are found beside
 * this file's /encke/, so an application under a context path (/shop) loads them from there. A
 * page may set its own window.dojoConfig first; then this file leaves it alone.
 */
window.dojoConfig = window.dojoConfig || (function () {
  'use strict';
  var own = document.currentScript;
  var mountRoot = new URL('../../', own ? own.src : window.location.href).href;
  return {
    async: true,
    has: { 'csp-restrictions': true },
    baseUrl: mountRoot + 'webjars/',
    packages: [
      { name: 'dojo', location: 'dojo/${dojo.version}' },
      { name: 'dijit', location: 'dijit/${dojo.version}' },
      { name: 'encke-dijit', location: mountRoot + 'encke/dijit' }
    ]
  };
}());

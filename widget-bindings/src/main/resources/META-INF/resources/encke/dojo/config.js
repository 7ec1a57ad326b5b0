/*
 * Loads Dojo and Dijit from their WebJars in AMD mode with Dojo's CSP restrictions on, so that pages
 * served with Content-Security-Policy: script-src 'self' work: modules load as <script src>, never
 * through eval. Load this before /webjars/dojo/<version>/dojo.js. A page may set its own
 * window.dojoConfig first; then this file leaves it alone.
 */
window.dojoConfig = window.dojoConfig || {
  async: true,
  has: { 'csp-restrictions': true },
  baseUrl: '/webjars/',
  packages: [
    { name: 'dojo', location: 'dojo/${dojo.version}' },
    { name: 'dijit', location: 'dijit/${dojo.version}' },
    { name: 'encke-dijit', location: '/encke/dijit' }
  ]
};

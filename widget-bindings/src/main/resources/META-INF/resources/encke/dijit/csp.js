/*
 * Makes dijit's rich-text Editor work under Content-Security-Policy: script-src 'self'. RichText
 * fills its iframe through a javascript: URL, and the document it writes calls back through an
 * inline onload handler; the policy blocks both. This module keeps RichText from giving its iframe
 * the javascript: URL at all (a blocked navigation is reported, and leaves the frame loading for
 * WebDriver), fills the iframe through srcdoc with the handler taken out, and calls the editor's
 * load function from this page instead. Require 'encke-dijit/csp' before creating editors; the
 * library "dijit" does, before it parses the page.
 */
define(['dojo/aspect', 'dijit/_editor/RichText'], function (aspect, RichText) {
  'use strict';

  var INLINE_ONLOAD = /onload='[^']*'/;
  var source = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src');

  // Only RichText's iframes are affected: RichText marks them with _loadFunc before setting src.
  Object.defineProperty(HTMLIFrameElement.prototype, 'src', {
    configurable: true,
    enumerable: source.enumerable,
    get: source.get,
    set: function (value) {
      if (this._loadFunc && /^\s*javascript:/i.test(String(value))) {
        return;
      }
      source.set.call(this, value);
    }
  });

  aspect.after(RichText.prototype, 'open', function () {
    var frame = this.iframe;
    if (!frame || frame.srcdoc) {
      return;
    }
    frame.addEventListener('load', function onLoad() {
      frame.removeEventListener('load', onLoad);
      if (frame._loadFunc) {
        frame._loadFunc(frame.contentWindow, frame.contentDocument);
      }
    });
    frame.srcdoc = this._getIframeDocTxt().replace(INLINE_ONLOAD, '');
  });

  return RichText;
});

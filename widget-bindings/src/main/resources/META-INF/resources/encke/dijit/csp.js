/*
 * Makes dijit's rich-text Editor work under Content-Security-Policy: script-src 'self'. RichText
 * fills its iframe through a javascript: URL and an inline onload handler, both of which the policy
 * blocks. After RichText opens, this fills the iframe through srcdoc instead and calls the editor's
 * load function from this page. Require 'encke-dijit/csp' before creating editors.
 */
define(['dojo/aspect', 'dijit/_editor/RichText'], function (aspect, RichText) {
  'use strict';

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
    frame.srcdoc = this._getIframeDocTxt();
  });

  return RichText;
});

/*
 * Makes dijit's rich-text Editor work under Content-Security-Policy: script-src 'self'. RichText
 * fills its iframe through a javascript: URL, and the document it writes calls back through an
 * inline onload handler; the policy blocks both. This module keeps RichText from giving its iframe
 * the javascript: URL at all (the policy would block and report it), writes the same document,
 * without the handler, into the iframe's initial empty document, and calls the editor's load
 * function from this page. Writing rather than navigating (srcdoc) matters: a navigation of the
 * iframe makes ChromeDriver wait for the new document while that document waits for it, which
 * froze the page in tests. Require 'encke-dijit/csp' before creating editors; the library "dijit"
 * does, before it parses the page.
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
    if (!frame || !frame._loadFunc || !frame.contentDocument) {
      return;
    }
    var content = frame.contentDocument;
    content.open();
    content.write(this._getIframeDocTxt().replace(INLINE_ONLOAD, ''));
    content.close();
    frame._loadFunc(frame.contentWindow, content);
  });

  return RichText;
});

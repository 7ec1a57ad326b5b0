/*
 * DWR-style DOM utilities for Encke pages. Values are written as text, never as HTML.
 * The API is described, with types, in widget-bindings/src/main/widgets/dwr-util.js.
 */
(function (window, document) {
  'use strict';

  var dwr = window.dwr = window.dwr || {};
  var util = dwr.util = dwr.util || {};

  function element(id) {
    var found = document.getElementById(id);
    if (!found) {
      throw new Error('dwr.util: no element with id "' + id + '"');
    }
    return found;
  }

  function asText(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  util.setValue = function (id, value) {
    var target = element(id);
    var tag = target.tagName.toLowerCase();
    if (tag === 'input' && (target.type === 'checkbox' || target.type === 'radio')) {
      target.checked = value === true || asText(value) === target.value;
    } else if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      target.value = asText(value);
    } else {
      target.textContent = asText(value);
    }
  };
})(window, document);

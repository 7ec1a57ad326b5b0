/*
 * DWR-style DOM utilities for Encke pages: read and write elements by id, fill lists and tables,
 * style, show and hide, highlight, toast notifications ("growl for the web"), and DOM events sent
 * to server listeners.
 * Every value is written as text or as DOM nodes built here, never parsed as HTML.
 * The API, with types, is described in widget-bindings/src/main/widgets/dwr-util.js.
 */
(function (window, document) {
  'use strict';

  var dwr = window.dwr = window.dwr || {};
  var util = dwr.util = dwr.util || {};

  // CSS values that could load or run script in old engines.
  var UNSAFE_STYLE = /expression\s*\(|javascript:|behavior\s*:|-moz-binding/i;

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

  function tagOf(node) {
    return node.tagName.toLowerCase();
  }

  function isChoice(node) {
    return tagOf(node) === 'input' && (node.type === 'checkbox' || node.type === 'radio');
  }

  util.setValue = function (id, value) {
    var target = element(id);
    var tag = tagOf(target);
    if (isChoice(target)) {
      target.checked = value === true || (value !== false && asText(value) === target.value);
    } else if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      target.value = asText(value);
    } else {
      target.textContent = asText(value);
    }
  };

  util.getValue = function (id) {
    var target = element(id);
    var tag = tagOf(target);
    if (isChoice(target)) {
      return target.checked;
    }
    if (tag === 'input' || tag === 'textarea' || tag === 'select') {
      return target.value;
    }
    return target.textContent;
  };

  util.setValues = function (values) {
    Object.keys(values).forEach(function (id) {
      util.setValue(id, values[id]);
    });
  };

  util.getValues = function (ids) {
    var values = {};
    ids.forEach(function (id) {
      values[id] = util.getValue(id);
    });
    return values;
  };

  // Options are strings, or objects read through valueProperty and textProperty.
  util.addOptions = function (id, options, valueProperty, textProperty) {
    var target = element(id);
    var list = tagOf(target) === 'select' ? null : target;
    options.forEach(function (option) {
      var value = typeof option === 'object' && option !== null
        ? option[valueProperty || 'value'] : option;
      var text = typeof option === 'object' && option !== null
        ? option[textProperty || valueProperty || 'text'] : option;
      if (list) {
        var item = document.createElement('li');
        item.textContent = asText(text);
        list.appendChild(item);
      } else {
        target.appendChild(new Option(asText(text), asText(value)));
      }
    });
  };

  util.removeOptions = function (id, values) {
    var target = element(id);
    var doomed = values.map(asText);
    var select = tagOf(target) === 'select';
    Array.prototype.slice.call(target.children).forEach(function (child) {
      if (doomed.indexOf(select ? child.value : child.textContent) >= 0) {
        target.removeChild(child);
      }
    });
  };

  util.removeAllOptions = function (id) {
    var target = element(id);
    while (target.firstChild) {
      target.removeChild(target.firstChild);
    }
  };

  // Rows are arrays of cell values, or objects whose cells are read through the column names.
  util.addRows = function (id, rows, columns) {
    var body = element(id);
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      var cells = Array.isArray(row) ? row : (columns || Object.keys(row)).map(function (column) {
        return row[column];
      });
      cells.forEach(function (cell) {
        var td = document.createElement('td');
        td.textContent = asText(cell);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  };

  util.removeAllRows = function (id) {
    util.removeAllOptions(id);
  };

  util.setStyle = function (id, property, value) {
    var text = asText(value);
    if (UNSAFE_STYLE.test(text)) {
      throw new Error('dwr.util: refused style value for ' + property + ': ' + text);
    }
    element(id).style.setProperty(property, text);
  };

  util.addClass = function (id, className) {
    element(id).classList.add(className);
  };

  util.removeClass = function (id, className) {
    element(id).classList.remove(className);
  };

  util.show = function (id) {
    element(id).hidden = false;
    element(id).style.removeProperty('display');
  };

  util.hide = function (id) {
    element(id).hidden = true;
  };

  // A yellow-fade: the background flashes to the colour and fades back.
  util.highlight = function (id, options) {
    var target = element(id);
    var settings = options || {};
    var color = asText(settings.color || '#ffff99');
    var duration = settings.durationMs || 1000;
    if (UNSAFE_STYLE.test(color)) {
      throw new Error('dwr.util: refused highlight colour: ' + color);
    }
    target.classList.add('dwr-highlight');
    target.style.transition = 'none';
    target.style.backgroundColor = color;
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(function () {
        target.style.transition = 'background-color ' + duration + 'ms ease-out';
        target.style.backgroundColor = '';
      });
    });
    window.setTimeout(function () {
      target.classList.remove('dwr-highlight');
      target.style.transition = '';
    }, duration);
  };

  // Server listeners: the function comes from encke.js and sends the event to the server as data.
  util.on = function (id, type, listener) {
    if (typeof listener !== 'function') {
      throw new Error('dwr.util.on: the listener for ' + type + ' is not a function');
    }
    element(id).addEventListener(String(type), listener);
  };

  function toastContainer() {
    var container = document.getElementById('dwr-toasts');
    if (!container) {
      container = document.createElement('div');
      container.id = 'dwr-toasts';
      container.setAttribute('role', 'status');
      container.setAttribute('aria-live', 'polite');
      container.style.cssText = 'position:fixed;top:1rem;right:1rem;z-index:10000;' +
        'display:flex;flex-direction:column;gap:.5rem;max-width:22rem;';
      document.body.appendChild(container);
    }
    return container;
  }

  var TOAST_COLORS = { info: '#1f6feb', success: '#1a7f37', warning: '#9a6700', error: '#cf222e' };

  // Shows a message in the corner of the page for a while: the growl of the talk.
  util.toast = function (message, options) {
    var settings = options || {};
    var kind = TOAST_COLORS.hasOwnProperty(settings.kind) ? settings.kind : 'info';
    var toast = document.createElement('div');
    toast.className = 'dwr-toast dwr-toast-' + kind;
    toast.textContent = asText(message);
    toast.style.cssText = 'padding:.75rem 1rem;border-radius:.4rem;color:#fff;' +
      'box-shadow:0 2px 8px rgba(0,0,0,.3);font:14px system-ui,sans-serif;background:' +
      TOAST_COLORS[kind] + ';';
    toastContainer().appendChild(toast);
    window.setTimeout(function () {
      if (toast.parentNode) {
        toast.parentNode.removeChild(toast);
      }
    }, settings.durationMs || 4000);
  };
})(window, document);

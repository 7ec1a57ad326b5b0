// The interpreter: applies the operations of a batch. Commands are data: functions are looked up by
// property path and called with JSON arguments; nothing is evaluated as script. The one exception,
// raw script, runs only in a page that opted in (see ScriptBuffer) and never through eval.
//
//   createInterpreter({ sendUp, nonce }) -> { apply(operation), rawScriptAllowed() }
//
// sendUp(message) carries replies and callback events to the server; nonce is the one encke.js was
// loaded with, given to raw script. apply throws what the operation raised, after answering a reply
// with it. The interpreter owns the page's slots.
function createInterpreter(options) {
  'use strict';
  var sendUp = options.sendUp;
  var nonce = options.nonce;

  // Names that could turn data into code or reach an object's internals are never resolved. A list,
  // not an object's keys: in an object literal, __proto__ sets the prototype and adds no key.
  var REFUSED_NAMES = ['eval', 'Function', 'constructor', '__proto__', 'prototype', 'setTimeout',
    'setInterval', 'execScript'];
  // Properties whose assignment would turn a string into markup or script.
  var REFUSED_PROPERTIES = { innerHTML: true, outerHTML: true, srcdoc: true };
  var URL_PROPERTIES = { href: true, src: true, action: true, formAction: true };
  var slots = {};

  function checkName(name) {
    if (typeof name !== 'string' || REFUSED_NAMES.indexOf(name) >= 0) {
      throw new Error('refused name: ' + String(name));
    }
    return name;
  }

  function resolvePath(path) {
    var value = window;
    for (var i = 0; i < path.length; i++) {
      var name = checkName(path[i]);
      if (value === null || value === undefined || !(name in Object(value))) {
        throw new Error('not found: ' + path.slice(0, i + 1).join('.'));
      }
      value = value[name];
    }
    return value;
  }

  function evaluate(expression) {
    if (expression.path) {
      return resolvePath(expression.path);
    }
    if (expression.slot !== undefined) {
      if (!Object.prototype.hasOwnProperty.call(slots, expression.slot)) {
        throw new Error('no slot ' + expression.slot + ' in this page');
      }
      return slots[expression.slot];
    }
    var owner = evaluate(expression.on);
    if (expression.get !== undefined) {
      return Object(owner)[checkName(expression.get)];
    }
    if (expression.call !== undefined) {
      return invoke(owner, expression.call, expression.args || []);
    }
    throw new Error('unknown expression: ' + JSON.stringify(expression));
  }

  function checkFunction(fn, name) {
    if (typeof fn !== 'function') {
      throw new Error(name + ' is not a function');
    }
    if (fn === window.eval || fn === window.Function || fn === window.setTimeout ||
        fn === window.setInterval) {
      throw new Error('refused function: ' + name);
    }
    return fn;
  }

  function invoke(owner, name, args) {
    if (owner === null || owner === undefined) {
      throw new Error('cannot call ' + name + ' on ' + owner);
    }
    var fn = checkFunction(owner[checkName(name)], name);
    return fn.apply(owner, args);
  }

  // JSON pointers (RFC 6901) into an operation, naming where a reference or callback stands.
  function pointerTokens(pointer) {
    return pointer.split('/').slice(1).map(function (token) {
      return checkName(token.replace(/~1/g, '/').replace(/~0/g, '~'));
    });
  }

  function replaceAt(operation, pointer, transform) {
    var tokens = pointerTokens(pointer);
    var parent = operation;
    for (var i = 0; i < tokens.length - 1; i++) {
      parent = parent[tokens[i]];
    }
    var last = tokens[tokens.length - 1];
    parent[last] = transform(parent[last]);
  }

  function placeMarks(operation) {
    (operation.refs || []).forEach(function (pointer) {
      replaceAt(operation, pointer, evaluate);
    });
    (operation.fns || []).forEach(function (pointer) {
      replaceAt(operation, pointer, callbackFunction);
    });
  }

  // One function per callback id, so that the same server listener handed to the page twice is
  // the same function both times: removeEventListener can then remove what addEventListener added.
  var callbackFunctions = new Map();

  function callbackFunction(id) {
    if (!callbackFunctions.has(id)) {
      callbackFunctions.set(id, function () {
        sendUp({ t: 'event', fn: id, args: asData(Array.prototype.slice.call(arguments)) });
      });
    }
    return callbackFunctions.get(id);
  }

  function asData(value) {
    return toData(value, 0, new Map());
  }

  // Turns what a page hands back into JSON data: events and elements become small projections.
  // `known` maps each object met to its data, computed once: an object held twice comes back
  // twice, and one met again while it is still being turned (a cycle) comes back as null.
  function toData(value, depth, known) {
    if (value === null || value === undefined || typeof value === 'function') {
      return null;
    }
    if (typeof value === 'number') {
      return isFinite(value) ? value : null;
    }
    if (typeof value !== 'object') {
      return value;
    }
    if (depth > 4) {
      return null;
    }
    if (known.has(value)) {
      return known.get(value);
    }
    known.set(value, null);
    var data = objectToData(value, depth, known);
    known.set(value, data);
    return data;
  }

  function objectToData(value, depth, known) {
    // As JSON.stringify does: a Date goes as its ISO text, a URL as its address, a DOMRect as its
    // numbers, where their own keys are none.
    if (typeof value.toJSON === 'function') {
      return toData(value.toJSON(), depth, known);
    }
    if (typeof Event !== 'undefined' && value instanceof Event) {
      var target = value.target || {};
      return { type: value.type, targetId: target.id || null,
        value: toData(target.value, 5, known),
        checked: typeof target.checked === 'boolean' ? target.checked : null,
        key: value.key === undefined ? null : value.key };
    }
    if (value.nodeType === 1) {
      return { id: value.id || null, tagName: value.tagName.toLowerCase(),
        value: value.value === undefined ? null : toData(value.value, 5, known) };
    }
    if (Array.isArray(value) || isArrayLike(value)) {
      return Array.prototype.map.call(value, function (item) {
        return toData(item, depth + 1, known);
      });
    }
    var data = {};
    Object.keys(value).slice(0, 100).forEach(function (key) {
      data[key] = toData(value[key], depth + 1, known);
    });
    return data;
  }

  // Lists that are not arrays, such as DOM NodeLists and Dojo's NodeList, go as arrays. Plain
  // objects never do, even with a length field: only objects of some class with an index per item.
  function isArrayLike(value) {
    var prototype = Object.getPrototypeOf(value);
    if (prototype === Object.prototype || prototype === null || typeof value.length !== 'number' ||
        value.length < 0 || value.length % 1 !== 0) {
      return false;
    }
    for (var i = 0; i < value.length; i++) {
      if (!(i in value)) {
        return false;
      }
    }
    return true;
  }

  function checkProperty(name, value) {
    checkName(name);
    if (REFUSED_PROPERTIES[name] === true) {
      throw new Error('refused property: ' + name);
    }
    if (URL_PROPERTIES[name] === true && /^\s*javascript:/i.test(String(value))) {
      throw new Error('refused javascript: URL for ' + name);
    }
    return name;
  }

  var operations = {
    call: function (op) {
      placeMarks(op);
      var result = invoke(evaluate(op.on), op.fn, op.args || []);
      if (op.slot !== undefined) {
        slots[op.slot] = result;
      }
      return result;
    },
    'new': function (op) {
      placeMarks(op);
      var Constructor = checkFunction(evaluate(op.ctor), 'constructor');
      var created = Reflect.construct(Constructor, op.args || []);
      slots[op.slot] = created;
      return created;
    },
    set: function (op) {
      placeMarks(op);
      evaluate(op.on)[checkProperty(op.prop, op.value)] = op.value;
    },
    get: function (op) {
      return Object(evaluate(op.on))[checkName(op.prop)];
    },
    release: function (op) {
      delete slots[op.on.slot];
    },
    forget: function (op) {
      callbackFunctions.delete(op.fn);
    },
    script: function (op) {
      runRawScript(op.code);
    }
  };

  function apply(op) {
    var run = Object.prototype.hasOwnProperty.call(operations, op.op) ? operations[op.op] : null;
    if (!run) {
      throw new Error('unknown operation: ' + op.op);
    }
    if (op.reply === undefined) {
      run(op);
      return;
    }
    try {
      sendUp({ t: 'reply', id: op.reply, value: asData(run(op)) });
    } catch (e) {
      sendUp({ t: 'reply', id: op.reply, error: String(e && e.message ? e.message : e) });
      throw e;
    }
  }

  // Raw script (ScriptBuffer) runs only where the page opted in with
  // <meta name="encke-raw-script" content="allow">, and only as far as the page's own CSP allows:
  // it becomes a <script> element carrying encke.js's nonce; eval and new Function are never used.
  function rawScriptAllowed() {
    var meta = document.querySelector('meta[name="encke-raw-script"]');
    return meta !== null && meta.getAttribute('content') === 'allow';
  }

  function runRawScript(code) {
    if (!rawScriptAllowed()) {
      throw new Error('raw script refused: this page did not opt in with ' +
        '<meta name="encke-raw-script" content="allow">');
    }
    var element = document.createElement('script');
    if (nonce) {
      element.nonce = nonce;
    }
    element.textContent = String(code);
    (document.head || document.documentElement).appendChild(element);
    element.parentNode.removeChild(element);
  }

  return { apply: apply, rawScriptAllowed: rawScriptAllowed };
}

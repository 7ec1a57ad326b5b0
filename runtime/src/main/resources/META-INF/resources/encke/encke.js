/*
 * Encke client runtime. Connects this page to its server and applies the commands the server pushes.
 * Commands are data: functions are looked up by property path and called with JSON arguments; nothing
 * is ever evaluated as script, so pages work under Content-Security-Policy: script-src 'self'.
 */
(function (window, document) {
  'use strict';

  var PROTOCOL_VERSION = 1;
  // Names that could turn data into code or reach an object's internals are never resolved.
  var REFUSED_NAMES = {
    eval: true, Function: true, constructor: true, __proto__: true, prototype: true,
    setTimeout: true, setInterval: true, execScript: true
  };

  var script = document.currentScript;
  var baseUrl = new URL('.', script ? script.src : window.location.href);
  var root = document.documentElement;

  var state = { session: null, lastSeq: 0, socket: null, retries: 0 };

  function setStatus(status) {
    root.setAttribute('data-encke', status);
  }

  function checkName(name) {
    if (typeof name !== 'string' || REFUSED_NAMES[name] === true) {
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

  var operations = {
    call: function (op) {
      var target = resolvePath(op.on);
      var fn = target[checkName(op.fn)];
      if (typeof fn !== 'function') {
        throw new Error(op.on.join('.') + '.' + op.fn + ' is not a function');
      }
      if (fn === window.eval || fn === window.Function) {
        throw new Error('refused function: ' + op.fn);
      }
      return fn.apply(target, op.args || []);
    }
  };

  function applyOperation(op) {
    var apply = Object.prototype.hasOwnProperty.call(operations, op.op) ? operations[op.op] : null;
    if (!apply) {
      throw new Error('unknown operation: ' + op.op);
    }
    apply(op);
  }

  function applyBatch(message) {
    if (message.seq <= state.lastSeq) {
      return;
    }
    var ops = message.ops || [];
    for (var i = 0; i < ops.length; i++) {
      try {
        applyOperation(ops[i]);
      } catch (e) {
        // One failing command must not stop the ones after it; the console tells the developer.
        if (window.console) {
          window.console.error('Encke: command ' + i + ' of batch ' + message.seq + ' failed', e);
        }
      }
    }
    state.lastSeq = message.seq;
    send({ t: 'ack', seq: message.seq });
  }

  function send(message) {
    var socket = state.socket;
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
    }
  }

  function onMessage(event) {
    var message = JSON.parse(event.data);
    switch (message.t) {
      case 'welcome':
        if (message.v !== PROTOCOL_VERSION) {
          throw new Error('Encke: server speaks protocol ' + message.v + ', page ' + PROTOCOL_VERSION);
        }
        state.session = message.session;
        state.lastSeq = 0;
        state.retries = 0;
        setStatus('open');
        break;
      case 'batch':
        applyBatch(message);
        break;
      case 'error':
        if (window.console) {
          window.console.warn('Encke: the server rejected a message: ' + message.reason);
        }
        break;
      default:
        break;
    }
  }

  function connect() {
    var url = new URL('ws', baseUrl);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('page', window.location.pathname);
    setStatus('connecting');
    var socket = new WebSocket(url.href);
    state.socket = socket;
    socket.onmessage = onMessage;
    socket.onclose = function () {
      if (state.socket !== socket) {
        return;
      }
      state.socket = null;
      setStatus('closed');
      // Exponential backoff with jitter, so that a restarted server is not hit by every page at once.
      var delay = Math.min(30000, 500 * Math.pow(2, state.retries++)) * (0.5 + Math.random() / 2);
      window.setTimeout(connect, delay);
    };
  }

  // Leaving the page (or entering the back-forward cache) ends its session at once instead of after a
  // timeout; coming back from the cache opens a new one.
  window.addEventListener('pagehide', function () {
    var socket = state.socket;
    state.socket = null;
    if (socket) {
      socket.close(1000, 'page hidden');
    }
    setStatus('closed');
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      connect();
    }
  });

  window.encke = {
    session: function () { return state.session; }
  };

  connect();
})(window, document);

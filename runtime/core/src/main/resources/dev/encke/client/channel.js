// The channel: says hello, opens the first transport that works and keeps it open. It applies each
// batch once, in order (seq), acknowledges what it applied, answers heartbeats, notices a silent
// connection, and reconnects with backoff and jitter, resuming after the last batch it applied; the
// server resends the rest. A transport that never delivers its first message (a proxy that buffers
// streams) is given up for the next one. Force one with ?encke-transport=sse in the page address.

var PROTOCOL_VERSION = 1;
var root = document.documentElement;

var state = {
  session: null, token: null, heartbeat: 10000, candidates: [], index: 0, forced: null,
  lastSeq: 0, link: null, connection: null, opened: false, failures: 0, retries: 0,
  lastHeard: 0, connectedAt: 0, late: false, ackTimer: null, ackedSeq: 0, uplink: null,
  held: [], stopped: false
};

function setStatus(status) {
  root.setAttribute('data-encke', status);
}

function log(level, text, detail) {
  if (window.console) {
    window.console[level]('Encke: ' + text, detail === undefined ? '' : detail);
  }
}

function forcedTransport() {
  return new URL(window.location.href).searchParams.get('encke-transport');
}

function hello() {
  setStatus('connecting');
  window.fetch(endpoint('hello'), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
    cache: 'no-store',
    body: JSON.stringify({ t: 'hello', v: PROTOCOL_VERSION, page: window.location.pathname,
      raw: pageAllowsRawScript() })
  }).then(function (response) {
    return response.json().then(function (body) {
      if (!response.ok) {
        stop('the server refused this page: ' + (body && body.reason));
        return;
      }
      welcome(body);
    });
  }).catch(function (error) {
    log('warn', 'hello failed; retrying', error);
    window.setTimeout(hello, backoff());
  });
}

function welcome(message) {
  if (message.v !== PROTOCOL_VERSION) {
    stop('the server speaks protocol ' + message.v + ', this page ' + PROTOCOL_VERSION);
    return;
  }
  state.session = message.session;
  state.token = message.token;
  state.heartbeat = message.hb;
  state.forced = forcedTransport();
  state.candidates = message.transports.filter(function (name) {
    return TRANSPORTS[name] && (state.forced === null || name === state.forced);
  });
  if (state.candidates.length === 0) {
    stop('transport "' + state.forced + '" is not offered by the server: ' + message.transports);
    return;
  }
  state.uplink = HttpUplink({ session: state.session, token: state.token }, control);
  state.retries = 0;
  connect();
}

function stop(reason) {
  state.stopped = true;
  closeConnection();
  setStatus('refused');
  log('error', reason);
}

function connect() {
  if (state.stopped) {
    return;
  }
  var name = state.candidates[state.index];
  var link = {
    session: state.session, token: state.token, greeting: true,
    seq: function () { return state.lastSeq; },
    receive: function (message) { if (state.link === link) { receive(message); } },
    closed: function (reason) { if (state.link === link) { lost(reason); } },
    refused: function (reason) { if (state.link === link) { stop(reason); } }
  };
  state.link = link;
  state.opened = false;
  state.late = false;
  state.lastHeard = Date.now();
  state.connectedAt = state.lastHeard;
  root.setAttribute('data-encke-transport', name);
  state.connection = TRANSPORTS[name](link);
}

function closeConnection() {
  var connection = state.connection;
  state.link = null;
  state.connection = null;
  if (connection) {
    connection.close();
  }
}

// The connection failed or went silent: reconnect, or move on to the next transport when this one
// never delivered a message (twice in a row, or once by staying silent).
function lost(reason, silent) {
  var hadOpened = state.opened;
  silent = silent || state.late;
  closeConnection();
  setStatus('closed');
  if (!hadOpened) {
    state.failures++;
    var last = state.index >= state.candidates.length - 1;
    if (!last && (silent || state.failures >= 2)) {
      log('warn', state.candidates[state.index] + ' does not work here (' + reason + '); trying ' +
        state.candidates[state.index + 1]);
      state.index++;
      state.failures = 0;
      connect();
      return;
    }
  }
  window.setTimeout(connect, backoff());
}

// Exponential backoff with jitter, so that a restarted server is not hit by every page at once.
function backoff() {
  return Math.min(10000, 250 * Math.pow(2, state.retries++)) * (0.5 + Math.random() / 2);
}

// A stream greets at once; a greeting that comes only after the open limit was held back by a proxy
// (it arrives when the server gives up on the silent stream). Its messages still apply, but the
// transport counts as failed.
function receive(message) {
  state.lastHeard = Date.now();
  var streamed = state.candidates[state.index] === 'sse' ||
    state.candidates[state.index] === 'stream';
  if (!state.opened && streamed && state.lastHeard - state.connectedAt > openLimit()) {
    state.late = true;
  }
  if (!state.opened && !state.late) {
    state.opened = true;
    state.failures = 0;
    state.retries = 0;
    setStatus('open');
    flushHeld();
  }
  switch (message.t) {
    case 'batch':
      applyBatch(message);
      break;
    case 'hb':
      if (state.candidates[state.index] !== 'poll') {
        sendUp({ t: 'hb' });
      }
      break;
    default:
      control(message);
  }
}

function control(message) {
  if (message.t === 'reload') {
    log('warn', 'reloading the page: ' + message.reason);
    state.stopped = true;
    closeConnection();
    setStatus('reloading');
    window.location.reload();
  } else if (message.t === 'error') {
    log('warn', 'the server rejected a message: ' + message.reason);
  }
}

function applyBatch(message) {
  if (message.seq <= state.lastSeq) {
    return;
  }
  if (message.seq !== state.lastSeq + 1) {
    lost('batch ' + message.seq + ' arrived after ' + state.lastSeq + '; resuming');
    return;
  }
  var ops = message.ops || [];
  for (var i = 0; i < ops.length; i++) {
    try {
      applyOperation(ops[i]);
    } catch (e) {
      // One failing command must not stop the ones after it; the console tells the developer.
      log('error', 'command ' + i + ' of batch ' + message.seq + ' failed', e);
    }
  }
  state.lastSeq = message.seq;
  scheduleAck();
}

// Acknowledgements are coalesced: at most one every 50 ms carries the latest seq. A long poll
// needs none: its next request says how far the page got.
function scheduleAck() {
  if (state.ackTimer !== null || state.candidates[state.index] === 'poll') {
    return;
  }
  state.ackTimer = window.setTimeout(function () {
    state.ackTimer = null;
    if (state.lastSeq > state.ackedSeq) {
      state.ackedSeq = state.lastSeq;
      sendUp({ t: 'ack', seq: state.lastSeq });
    }
  }, 50);
}

// Replies and events wait while a WebSocket reconnects; the other transports post at once.
function sendUp(message) {
  if (state.candidates[state.index] !== 'ws') {
    if (state.uplink) {
      state.uplink.send(message);
    }
    return;
  }
  if (!(state.connection && state.connection.send(message)) && message.t !== 'ack' &&
      message.t !== 'hb') {
    state.held.push(message);
  }
}

function flushHeld() {
  var held = state.held;
  state.held = [];
  held.forEach(sendUp);
}

function openLimit() {
  return Math.min(4000, 3 * state.heartbeat);
}

// Both ends watch for silence: the server sends a heartbeat each interval, so 2.5 intervals
// without a message mean the connection is dead (or a proxy holds the stream back).
function watch() {
  if (state.link !== null && !state.stopped) {
    var silentFor = Date.now() - state.lastHeard;
    var limit = state.opened ? 2.5 * state.heartbeat : openLimit();
    if (silentFor > limit) {
      lost('nothing heard for ' + silentFor + ' ms', true);
    }
  }
  window.setTimeout(watch, Math.max(100, Math.min(1000, state.heartbeat / 4)));
}

// Leaving the page (or entering the back-forward cache) ends its session at once instead of
// after the grace period; coming back from the cache opens a new one.
window.addEventListener('pagehide', function () {
  if (state.session !== null && !state.stopped) {
    if (!(state.connection && state.connection.send({ t: 'bye' })) && state.uplink) {
      state.uplink.bye();
    }
  }
  state.stopped = true;
  closeConnection();
  setStatus('closed');
});
window.addEventListener('pageshow', function (event) {
  if (event.persisted) {
    state.stopped = false;
    state.session = null;
    state.lastSeq = 0;
    state.ackedSeq = 0;
    state.index = 0;
    hello();
  }
});

window.encke = {
  session: function () { return state.session; },
  transport: function () { return state.link ? state.candidates[state.index] : null; },
  lastSeq: function () { return state.lastSeq; }
};

// The declared libraries load first, and the document is parsed, so that no command arrives
// before the library it calls or the element it names.
loadLibraries(function () {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', hello);
  } else {
    hello();
  }
});
watch();

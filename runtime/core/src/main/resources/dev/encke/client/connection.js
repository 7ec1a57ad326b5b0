// The connection of one session: opens the first transport that works and keeps it open. It notices
// a silent connection, reconnects with backoff, and gives a transport up for the next one when it
// never delivers its first message (a proxy that buffers streams, a path that refuses upgrades). It
// carries up-link messages on the socket or in POSTs, and holds replies and events while a
// WebSocket reconnects.
//
//   createConnection(options) -> { send(message), transport(), resume(reason), bye(), close() }
//
//   options.transports    what createTransports returns
//   options.names         the transports to try, in order (the server's offer, or the forced one)
//   options.credentials   { session, token } from the welcome
//   options.heartbeat     the server's heartbeat interval in milliseconds
//   options.seq()         the last batch the page applied: each connection resumes after it
//   options.receive(m, size) every message from the server, down-link or answer to a POST, with
//                         the length of its text when the transport knows it
//   options.refused(r)    the server refused the page for good
//   options.onTransport(name), options.onStatus('open' | 'closed')   what the page shows
//   options.log(level, text, detail)
//   options.backoff       { next() -> milliseconds to wait before reconnecting, reset() }
//   options.now()         the time in milliseconds (Date.now)
//
// It connects at once. resume(reason) drops the connection and opens a new one; close() ends it for
// good; bye() tells the server the page leaves.
function createConnection(options) {
  'use strict';
  var names = options.names;
  var heartbeat = options.heartbeat;
  var uplink = options.transports.uplink(options.credentials, options.receive);
  var index = 0;
  var failures = 0;
  var link = null;
  var connection = null;
  var opened = false;
  var late = false;
  var connectedAt = 0;
  var lastHeard = 0;
  var held = [];
  var closed = false;
  var retryTimer = null;
  var watchTimer = null;

  function current() {
    return names[index];
  }

  function connect() {
    retryTimer = null;
    if (closed) {
      return;
    }
    var name = current();
    var opening = {
      session: options.credentials.session, token: options.credentials.token, seq: options.seq,
      receive: function (message, size) { if (link === opening) { heard(message, size); } },
      closed: function (reason) { if (link === opening) { lost(reason, false); } },
      refused: function (reason) { if (link === opening) { options.refused(reason); } }
    };
    link = opening;
    opened = false;
    late = false;
    lastHeard = options.now();
    connectedAt = lastHeard;
    options.onTransport(name);
    connection = options.transports.open(name, opening);
  }

  function disconnect() {
    var ending = connection;
    link = null;
    connection = null;
    if (ending) {
      ending.close();
    }
  }

  // The connection failed or went silent: reconnect, or move on to the next transport when this one
  // never delivered a message (twice in a row, or once by staying silent). The last is never left.
  function lost(reason, silent) {
    var hadOpened = opened;
    silent = silent || late;
    disconnect();
    options.onStatus('closed');
    if (!hadOpened) {
      failures++;
      if (index < names.length - 1 && (silent || failures >= 2)) {
        options.log('warn', current() + ' does not work here (' + reason + '); trying ' +
          names[index + 1]);
        index++;
        failures = 0;
        connect();
        return;
      }
    }
    retryTimer = window.setTimeout(connect, options.backoff.next());
  }

  function openLimit() {
    return Math.min(4000, 3 * heartbeat);
  }

  // A stream greets at once; a greeting that comes only after the open limit was held back by a
  // proxy (it arrives when the server gives up on the silent stream). Its messages still count,
  // but the transport counts as failed.
  function heard(message, size) {
    lastHeard = options.now();
    var streamed = current() === 'sse' || current() === 'stream';
    if (!opened && streamed && lastHeard - connectedAt > openLimit()) {
      late = true;
    }
    if (!opened && !late) {
      opened = true;
      failures = 0;
      options.backoff.reset();
      options.onStatus('open');
      flushHeld();
    }
    options.receive(message, size);
  }

  // Both ends watch for silence: the server sends a heartbeat each interval, so 2.5 intervals
  // without a message mean the connection is dead (or a proxy holds the stream back).
  function watch() {
    if (link !== null) {
      var silentFor = options.now() - lastHeard;
      var limit = opened ? 2.5 * heartbeat : openLimit();
      if (silentFor > limit) {
        lost('nothing heard for ' + silentFor + ' ms', true);
      }
    }
    watchTimer = window.setTimeout(watch, Math.max(100, Math.min(1000, heartbeat / 4)));
  }

  // A long poll needs no acknowledgement nor heartbeat answer: each poll says how far the page got
  // and proves it alive. Replies and events wait while a WebSocket reconnects; the other transports
  // post at once.
  function send(message) {
    var quiet = message.t === 'ack' || message.t === 'hb';
    if (current() === 'poll' && quiet) {
      return;
    }
    if (current() !== 'ws') {
      uplink.send(message);
      return;
    }
    if (!(connection && connection.send(message)) && !quiet) {
      held.push(message);
    }
  }

  function flushHeld() {
    var waiting = held;
    held = [];
    waiting.forEach(send);
  }

  function resume(reason) {
    if (link !== null) {
      lost(reason, false);
    }
  }

  function bye() {
    if (!(connection && connection.send({ t: 'bye' }))) {
      uplink.bye();
    }
  }

  function close() {
    closed = true;
    window.clearTimeout(retryTimer);
    window.clearTimeout(watchTimer);
    disconnect();
  }

  connect();
  watch();
  return {
    send: send,
    transport: function () { return link === null ? null : current(); },
    resume: resume,
    bye: bye,
    close: close
  };
}

// The channel: applies each batch once, in order (seq), acknowledges what it applied and answers
// heartbeats. A batch it already applied (a resend) is ignored; one after a gap asks for a resume,
// after which the server resends the rest. It knows no transport: what it says goes to send().
//
//   createChannel({ apply, send, resume, reload, log, now, later, cancel })
//     -> { receive(message, size), acknowledgeAs(policy), lastSeq(), restart() }
//
// apply(operation) runs one operation and may throw; send(message) goes up; resume(reason) asks for
// a new connection that resumes after lastSeq(); reload(reason) is the server's order to reload the
// page; log(level, text, detail) reports to the developer; now(), later(fn, ms) and cancel(timer)
// are the clock (Date.now, setTimeout and clearTimeout unless given). receive takes every message
// from the server, down-link or answer to an up-link POST, with the length of its text when known;
// acknowledgeAs takes the welcome's ack policy; restart() forgets the seq, for a new session.
function createChannel(options) {
  'use strict';
  // Acknowledgements are coalesced as the server's welcome says: at once when policy.batches
  // batches or policy.bytes bytes wait, otherwise policy.ms after the first of them. Each carries the
  // latest seq and how long the page held it back, so that the server's latency leaves the wait out.
  // Until a welcome says otherwise, every batch is acknowledged at once. A heartbeat flushes the
  // waiting acknowledgement before its answer: a server that needs it now (one shutting down)
  // sends one.
  var now = options.now || function () { return Date.now(); };
  var later = options.later || function (fn, ms) { return window.setTimeout(fn, ms); };
  var cancel = options.cancel || function (timer) { window.clearTimeout(timer); };
  var policy = { ms: 0, batches: 1, bytes: 1 };
  var lastSeq = 0;
  var ackedSeq = 0;
  var appliedAt = 0;
  var waitingBytes = 0;
  var ackTimer = null;

  function receive(message, size) {
    switch (message.t) {
      case 'batch':
        applyBatch(message, size || 0);
        break;
      case 'hb':
        acknowledge();
        options.send({ t: 'hb' });
        break;
      case 'reload':
        options.reload(message.reason);
        break;
      case 'error':
        options.log('warn', 'the server rejected a message: ' + message.reason);
        break;
      default:
        options.log('warn', 'ignored a message of unknown type "' + message.t + '"');
    }
  }

  function applyBatch(message, size) {
    if (message.seq <= lastSeq) {
      return;
    }
    if (message.seq !== lastSeq + 1) {
      options.resume('batch ' + message.seq + ' arrived after ' + lastSeq + '; resuming');
      return;
    }
    var ops = message.ops || [];
    for (var i = 0; i < ops.length; i++) {
      try {
        options.apply(ops[i]);
      } catch (e) {
        // One failing command must not stop the ones after it; the console tells the developer.
        options.log('error', 'command ' + i + ' of batch ' + message.seq + ' failed', e);
      }
    }
    lastSeq = message.seq;
    appliedAt = now();
    waitingBytes += size;
    if (lastSeq - ackedSeq >= policy.batches || waitingBytes >= policy.bytes) {
      acknowledge();
    } else if (ackTimer === null) {
      ackTimer = later(acknowledge, policy.ms);
    }
  }

  function acknowledge() {
    stopTimer();
    if (lastSeq > ackedSeq) {
      ackedSeq = lastSeq;
      waitingBytes = 0;
      options.send({ t: 'ack', seq: lastSeq, held: Math.max(0, now() - appliedAt) });
    }
  }

  function stopTimer() {
    if (ackTimer !== null) {
      cancel(ackTimer);
      ackTimer = null;
    }
  }

  function acknowledgeAs(given) {
    if (given && given.ms >= 0 && given.batches >= 1 && given.bytes >= 1) {
      policy = { ms: given.ms, batches: given.batches, bytes: given.bytes };
    }
  }

  function restart() {
    stopTimer();
    lastSeq = 0;
    ackedSeq = 0;
    waitingBytes = 0;
  }

  return {
    receive: receive,
    acknowledgeAs: acknowledgeAs,
    lastSeq: function () { return lastSeq; },
    restart: restart
  };
}

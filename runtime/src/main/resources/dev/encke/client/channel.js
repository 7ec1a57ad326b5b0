// The channel: applies each batch once, in order (seq), acknowledges what it applied and answers
// heartbeats. A batch it already applied (a resend) is ignored; one after a gap asks for a resume,
// after which the server resends the rest. It knows no transport: what it says goes to send().
//
//   createChannel({ apply, send, resume, reload, log })
//     -> { receive(message), lastSeq(), restart() }
//
// apply(operation) runs one operation and may throw; send(message) goes up; resume(reason) asks for
// a new connection that resumes after lastSeq(); reload(reason) is the server's order to reload the
// page; log(level, text, detail) reports to the developer. receive takes every message from the
// server, down-link or answer to an up-link POST; restart() forgets the seq, for a new session.
function createChannel(options) {
  'use strict';
  // Acknowledgements are coalesced: at most one every 50 ms, carrying the latest seq.
  var ACK_DELAY_MILLIS = 50;
  var lastSeq = 0;
  var ackedSeq = 0;
  var ackTimer = null;

  function receive(message) {
    switch (message.t) {
      case 'batch':
        applyBatch(message);
        break;
      case 'hb':
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

  function applyBatch(message) {
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
    scheduleAck();
  }

  function scheduleAck() {
    if (ackTimer !== null) {
      return;
    }
    ackTimer = window.setTimeout(function () {
      ackTimer = null;
      if (lastSeq > ackedSeq) {
        ackedSeq = lastSeq;
        options.send({ t: 'ack', seq: lastSeq });
      }
    }, ACK_DELAY_MILLIS);
  }

  function restart() {
    window.clearTimeout(ackTimer);
    ackTimer = null;
    lastSeq = 0;
    ackedSeq = 0;
  }

  return {
    receive: receive,
    lastSeq: function () { return lastSeq; },
    restart: restart
  };
}

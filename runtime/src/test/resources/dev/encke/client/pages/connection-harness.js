// Drives a connection alone over scripted transports: each opened connection is recorded with its
// link, so that the test delivers messages on it (deliver), fails it (fail) or lets its WebSocket
// accept sends (accept). The clock is the test's: time passes only when the test advances it, so
// no test depends on how fast the machine is. Reconnects wait no backoff.
window.clock = 0;
window.appliedSeq = 0;
window.record = {
  opened: [], transports: [], statuses: [], received: [], refusals: [], logs: [], posted: [],
  byes: 0, answer: null
};

function scriptedTransports() {
  return {
    knows: function () { return true; },
    open: function (name, link) {
      var opened = { name: name, link: link, seq: link.seq(), sent: [], accepting: false,
        closed: false };
      window.record.opened.push(opened);
      return {
        send: function (message) {
          if (name !== 'ws' || !opened.accepting) {
            return false;
          }
          opened.sent.push(JSON.stringify(message));
          return true;
        },
        close: function () { opened.closed = true; }
      };
    },
    uplink: function (credentials, onAnswer) {
      window.record.answer = onAnswer;
      return {
        send: function (message) { window.record.posted.push(JSON.stringify(message)); },
        bye: function () { window.record.byes++; }
      };
    }
  };
}

window.start = function (names, heartbeat) {
  window.connection = createConnection({
    transports: scriptedTransports(), names: names, heartbeat: heartbeat,
    credentials: { session: 'session-1', token: 'token-1' },
    seq: function () { return window.appliedSeq; },
    receive: function (message) { window.record.received.push(JSON.stringify(message)); },
    refused: function (reason) { window.record.refusals.push(reason); },
    onTransport: function (name) { window.record.transports.push(name); },
    onStatus: function (status) { window.record.statuses.push(status); },
    log: function (level, text) { window.record.logs.push(level + ': ' + text); },
    backoff: { next: function () { return 0; }, reset: function () {} },
    now: function () { return window.clock; }
  });
};

window.openedNames = function () {
  return window.record.opened.map(function (opened) { return opened.name; });
};
window.deliver = function (index, message) {
  window.record.opened[index].link.receive(message);
};
window.fail = function (index, reason) {
  window.record.opened[index].link.closed(reason);
};
window.accept = function (index) {
  window.record.opened[index].accepting = true;
};
window.harnessReady = true;

// Drives the channel alone: every operation is {"n": number} (applied) or {"fail": reason}
// (throws), and all the channel does is recorded. The clock is the test's: time passes only when
// the test sets window.clock, and a timer runs only when the test fires it.
window.record = { applied: [], sent: [], resumes: [], reloads: [], logs: [] };
window.clock = 0;
window.timers = [];
window.channel = createChannel({
  apply: function (operation) {
    if (operation.fail) {
      throw new Error(operation.fail);
    }
    window.record.applied.push(operation.n);
  },
  send: function (message) { window.record.sent.push(JSON.stringify(message)); },
  resume: function (reason) { window.record.resumes.push(reason); },
  reload: function (reason) { window.record.reloads.push(reason); },
  log: function (level, text) { window.record.logs.push(level + ': ' + text); },
  now: function () { return window.clock; },
  later: function (fn, ms) {
    var timer = { fn: fn, ms: ms };
    window.timers.push(timer);
    return timer;
  },
  cancel: function (timer) {
    window.timers = window.timers.filter(function (pending) { return pending !== timer; });
  }
});

// Hands the channel each message, in one go, as one connection would, with its length.
window.receiveAll = function (messages) {
  messages.forEach(function (message) {
    window.channel.receive(message, JSON.stringify(message).length);
  });
  return window.channel.lastSeq();
};

// Runs the pending timers at window.clock; returns the delays they were set with.
window.fireTimers = function () {
  var due = window.timers;
  window.timers = [];
  due.forEach(function (timer) { timer.fn(); });
  return due.map(function (timer) { return timer.ms; });
};
window.harnessReady = true;

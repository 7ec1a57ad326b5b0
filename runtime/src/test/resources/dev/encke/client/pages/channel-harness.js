// Drives the channel alone: every operation is {"n": number} (applied) or {"fail": reason}
// (throws), and all the channel does is recorded.
window.record = { applied: [], sent: [], resumes: [], reloads: [], logs: [] };
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
  log: function (level, text) { window.record.logs.push(level + ': ' + text); }
});

// Hands the channel each message, in one go, as one connection would.
window.receiveAll = function (messages) {
  messages.forEach(window.channel.receive);
  return window.channel.lastSeq();
};
window.harnessReady = true;

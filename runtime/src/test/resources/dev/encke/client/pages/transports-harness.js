// Drives the transports alone against the real server: say() opens a session as a page's hello
// does, connect() opens one connection of a transport for it and records what its link hears,
// uplink() sends messages up in POSTs and records the server's answers. Each session says bye when
// the page goes, so that the server forgets it at once.
window.transports = createTransports(function (name) {
  return new URL('/encke/' + name, window.location.href).href;
});
window.credentials = null;
window.connections = [];
window.answers = [];

window.say = function (done) {
  window.fetch('/encke/hello', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
    body: JSON.stringify({ t: 'hello', v: 1, page: window.location.pathname, raw: false })
  }).then(function (response) { return response.json(); }).then(function (welcome) {
    window.credentials = { session: welcome.session, token: welcome.token };
    window.up = window.transports.uplink(window.credentials, function (answer) {
      window.answers.push(JSON.stringify(answer));
    });
    done(welcome.session);
  }, function (error) { done('hello failed: ' + error); });
};

// Opens `name` resuming after `seq`, with `token` in place of the session's when given; each
// batch it hears moves the seq on, as the channel would.
window.connect = function (name, seq, token) {
  var record = { heard: [], closed: [], refused: [], seq: seq };
  var link = {
    session: window.credentials.session, token: token || window.credentials.token,
    seq: function () { return record.seq; },
    receive: function (message) {
      record.heard.push(JSON.stringify(message));
      if (message.t === 'batch') {
        record.seq = message.seq;
      }
    },
    closed: function (reason) { record.closed.push(reason); },
    refused: function (reason) { record.refused.push(reason); }
  };
  record.connection = window.transports.open(name, link);
  window.connections.push(record);
  return window.connections.length - 1;
};

window.heardBatches = function (index) {
  return window.connections[index].heard.map(function (text) { return JSON.parse(text); })
    .filter(function (message) { return message.t === 'batch'; })
    .map(function (message) { return message.seq; });
};

window.addEventListener('pagehide', function () {
  if (window.up) {
    window.up.bye();
  }
});
window.harnessReady = true;

// The entry: wires the parts, says hello, and follows the page's life. Each part is a factory whose
// inputs are passed here and nowhere else: the interpreter applies operations, the channel orders
// batches, a connection per session carries them on the transports, the loader brings in the
// declared libraries first. Force a transport with ?encke-transport=sse in the page address.
function startClient() {
  'use strict';
  var PROTOCOL_VERSION = 1;
  var root = document.documentElement;
  var ownScript = document.currentScript;
  var nonce = ownScript ? ownScript.nonce : '';
  var baseUrl = new URL('.', ownScript ? ownScript.src : window.location.href);
  var backoff = createBackoff();
  var session = null;
  var connection = null;
  var stopped = false;

  function endpoint(name) {
    return new URL(name, baseUrl).href;
  }

  function log(level, text, detail) {
    if (window.console) {
      window.console[level]('Encke: ' + text, detail === undefined ? '' : detail);
    }
  }

  function setStatus(status) {
    root.setAttribute('data-encke', status);
  }

  function send(message) {
    if (connection !== null) {
      connection.send(message);
    }
  }

  var interpreter = createInterpreter({ sendUp: send, nonce: nonce });
  var transports = createTransports(endpoint);
  var libraries = createLibraryLoader({ endpoint: endpoint, nonce: nonce });
  var channel = createChannel({
    apply: interpreter.apply, send: send, reload: reload, log: log,
    resume: function (reason) {
      if (connection !== null) {
        connection.resume(reason);
      }
    }
  });

  // Exponential backoff with jitter, so that a restarted server is not hit by every page at once.
  function createBackoff() {
    var retries = 0;
    return {
      next: function () {
        return Math.min(10000, 250 * Math.pow(2, retries++)) * (0.5 + Math.random() / 2);
      },
      reset: function () { retries = 0; }
    };
  }

  // A busy server says when to come back (Retry-After, in seconds); pages come back spread out over
  // half as long again, so that they do not all return at once.
  function retryAfter(response) {
    var seconds = parseInt(response.headers.get('Retry-After'), 10);
    var wait = isNaN(seconds) ? backoff.next() : seconds * 1000;
    return Math.round(wait * (1 + Math.random() / 2));
  }

  function hello() {
    setStatus('connecting');
    window.fetch(endpoint('hello'), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
      cache: 'no-store',
      body: JSON.stringify({ t: 'hello', v: PROTOCOL_VERSION, page: window.location.pathname,
        raw: interpreter.rawScriptAllowed() })
    }).then(function (response) {
      if (response.status === 429 || response.status === 503) {
        var wait = retryAfter(response);
        log('warn', 'the server is busy (HTTP ' + response.status + '); hello again in ' + wait +
          ' ms');
        window.setTimeout(hello, wait);
        return null;
      }
      return response.json().then(function (body) {
        if (!response.ok) {
          stop('the server refused this page: ' + (body && body.reason));
          return;
        }
        welcome(body);
      });
    }).catch(function (error) {
      log('warn', 'hello failed; retrying', error);
      window.setTimeout(hello, backoff.next());
    });
  }

  function welcome(message) {
    if (message.v !== PROTOCOL_VERSION) {
      stop('the server speaks protocol ' + message.v + ', this page ' + PROTOCOL_VERSION);
      return;
    }
    session = message.session;
    var forced = new URL(window.location.href).searchParams.get('encke-transport');
    var names = message.transports.filter(function (name) {
      return transports.knows(name) && (forced === null || name === forced);
    });
    if (names.length === 0) {
      stop('transport "' + forced + '" is not offered by the server: ' + message.transports);
      return;
    }
    if (stopped) {
      return;
    }
    backoff.reset();
    channel.acknowledgeAs(message.ack);
    connection = createConnection({
      transports: transports, names: names, heartbeat: message.hb,
      credentials: { session: message.session, token: message.token },
      seq: channel.lastSeq, receive: channel.receive, refused: stop,
      onTransport: function (name) { root.setAttribute('data-encke-transport', name); },
      onStatus: setStatus, log: log, backoff: backoff, now: Date.now
    });
  }

  function disconnect() {
    if (connection !== null) {
      connection.close();
      connection = null;
    }
  }

  function stop(reason) {
    stopped = true;
    disconnect();
    setStatus('refused');
    log('error', reason);
  }

  function reload(reason) {
    log('warn', 'reloading the page: ' + reason);
    stopped = true;
    disconnect();
    setStatus('reloading');
    window.location.reload();
  }

  // Leaving the page (or entering the back-forward cache) ends its session at once instead of
  // after the grace period; coming back from the cache opens a new one.
  window.addEventListener('pagehide', function () {
    if (connection !== null) {
      connection.bye();
    }
    stopped = true;
    disconnect();
    setStatus('closed');
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      stopped = false;
      session = null;
      channel.restart();
      hello();
    }
  });

  window.encke = {
    session: function () { return session; },
    transport: function () { return connection === null ? null : connection.transport(); },
    lastSeq: channel.lastSeq
  };

  // The declared libraries load first, and the document is parsed, so that no command arrives
  // before the library it calls or the element it names. A library that fails is reported in the
  // console and on <html data-encke-libraries="failed">; the page still connects.
  function whenParsed(then) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', then);
    } else {
      then();
    }
  }

  var declared = libraries.declared();
  if (declared.length === 0) {
    whenParsed(hello);
    return;
  }
  root.setAttribute('data-encke-libraries', 'loading');
  libraries.load(declared).then(function () {
    root.setAttribute('data-encke-libraries', 'loaded');
  }, function (error) {
    root.setAttribute('data-encke-libraries', 'failed');
    log('error', 'a library failed to load; commands that use it will fail', error);
  }).then(function () { whenParsed(hello); });
}

startClient();

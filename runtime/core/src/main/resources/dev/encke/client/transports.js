// The transports, and the up-link of the HTTP ones.
//
//   createTransports(endpoint) -> { knows(name), open(name, link), uplink(credentials, onAnswer) }
//
// endpoint(name) is the absolute URL of /encke/<name>. open(name, link) opens one connection of the
// transport `name` (ws, sse, stream or poll) for a link:
//   link.session, link.token   the session and the CSRF token from the welcome
//   link.seq()                 the last batch this page applied: the server resumes after it
//   link.receive(message, size) a down-link message arrived, with the length of its text
//   link.closed(reason)        the connection ended or failed
//   link.refused(reason)       the server refused this page for good (403)
// and returns { send(message) -> boolean, close() }. Only the WebSocket can send; the others leave
// the up-link to POST requests: uplink({ session, token }, onAnswer) -> { send(message), bye() },
// where onAnswer(message) gets each error or reload the server answers a POST with.
function createTransports(endpoint) {
  'use strict';

  function postHeaders(credentials) {
    return {
      'Content-Type': 'application/json',
      'X-Encke-Session': credentials.session,
      'X-Encke-Token': credentials.token
    };
  }

  function post(name, credentials, body, signal) {
    return window.fetch(endpoint(name), {
      method: 'POST', headers: postHeaders(credentials), body: body,
      credentials: 'same-origin', cache: 'no-store', signal: signal
    });
  }

  function checkStatus(link, response) {
    if (response.status === 403) {
      return response.json().then(function (error) {
        link.refused(error && error.reason ? error.reason : 'HTTP 403');
        return null;
      });
    }
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response;
  }

  function webSocket(link) {
    var url = new URL(endpoint('ws'));
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    var socket = new WebSocket(url.href);
    socket.onopen = function () {
      socket.send(JSON.stringify({ t: 'resume', session: link.session, token: link.token,
        seq: link.seq() }));
    };
    // A message carries what the server wrote at once, one down-link message per line.
    socket.onmessage = function (event) {
      var lines = event.data.split('\n');
      for (var i = 0; i < lines.length; i++) {
        link.receive(JSON.parse(lines[i]), lines[i].length);
      }
    };
    socket.onclose = function (event) {
      if (event.code === 1008) {
        link.refused(event.reason || 'WebSocket refused');
      } else {
        link.closed('WebSocket closed: ' + event.code + ' ' + event.reason);
      }
    };
    return {
      send: function (message) {
        if (socket.readyState !== WebSocket.OPEN) {
          return false;
        }
        socket.send(JSON.stringify(message));
        return true;
      },
      close: function () {
        socket.onclose = null;
        socket.onmessage = null;
        socket.close(1000, 'closed by the page');
      }
    };
  }

  function serverSentEvents(link) {
    var url = new URL(endpoint('sse'));
    url.searchParams.set('session', link.session);
    url.searchParams.set('token', link.token);
    url.searchParams.set('seq', String(link.seq()));
    var source = new EventSource(url.href);
    source.onmessage = function (event) {
      link.receive(JSON.parse(event.data), event.data.length);
    };
    // EventSource would reconnect by itself, with the seq it was opened with: the channel
    // reconnects instead, with the seq the page has reached.
    source.onerror = function () {
      source.close();
      link.closed('EventSource failed or ended');
    };
    return {
      send: function () { return false; },
      close: function () {
        source.onerror = null;
        source.onmessage = null;
        source.close();
      }
    };
  }

  function stream(link) {
    var controller = new AbortController();
    var closed = false;
    var resume = JSON.stringify({ t: 'resume', seq: link.seq() });
    post('stream', link, resume, controller.signal)
      .then(function (response) { return checkStatus(link, response); })
      .then(function (response) {
        if (response === null || !response.body) {
          return null;
        }
        return readLines(response.body.getReader(), link, function () { return closed; });
      })
      .catch(function (error) {
        if (!closed) {
          link.closed('stream failed: ' + error);
        }
      });
    return {
      send: function () { return false; },
      close: function () {
        closed = true;
        controller.abort();
      }
    };
  }

  // Newline-delimited JSON from a streamed fetch body: one message per line.
  function readLines(reader, link, isClosed) {
    var decoder = new TextDecoder();
    var buffered = '';
    function pump() {
      return reader.read().then(function (chunk) {
        if (isClosed()) {
          reader.cancel();
          return null;
        }
        if (chunk.done) {
          link.closed('stream ended');
          return null;
        }
        buffered += decoder.decode(chunk.value, { stream: true });
        var newline = buffered.indexOf('\n');
        while (newline >= 0 && !isClosed()) {
          var line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          if (line.length > 0) {
            link.receive(JSON.parse(line), line.length);
          }
          newline = buffered.indexOf('\n');
        }
        return pump();
      });
    }
    return pump();
  }

  function longPoll(link) {
    var controller = null;
    var closed = false;
    var greeting = true;
    function poll() {
      controller = new AbortController();
      var resume = JSON.stringify({ t: 'resume', seq: link.seq(), greet: greeting });
      post('poll', link, resume, controller.signal)
        .then(function (response) { return checkStatus(link, response); })
        .then(function (response) { return response === null ? null : response.json(); })
        .then(function (messages) {
          if (closed || messages === null) {
            return;
          }
          greeting = false;
          messages.forEach(function (message) {
            if (!closed) {
              link.receive(message);
            }
          });
          if (!closed) {
            poll();
          }
        })
        .catch(function (error) {
          if (!closed) {
            link.closed('poll failed: ' + error);
          }
        });
    }
    poll();
    return {
      send: function () { return false; },
      close: function () {
        closed = true;
        controller.abort();
      }
    };
  }

  var OPENERS = { ws: webSocket, sse: serverSentEvents, stream: stream, poll: longPoll };

  function knows(name) {
    return Object.prototype.hasOwnProperty.call(OPENERS, name);
  }

  function open(name, link) {
    if (!knows(name)) {
      throw new Error('no transport "' + name + '"');
    }
    return OPENERS[name](link);
  }

  // The up-link of the HTTP transports: messages queue and leave in order, one POST at a time,
  // each carrying the session and CSRF token in headers. Delivery is at most once: a POST that
  // fails is not repeated (acknowledgements are repeated by the next resume anyway). Each message
  // is encoded when it is sent: one that JSON cannot carry (a BigInt) throws at its sender, as on
  // the WebSocket, and never stops the queue.
  function uplink(credentials, onAnswer) {
    var queue = [];
    var inFlight = false;
    function flush() {
      if (inFlight || queue.length === 0) {
        return;
      }
      var messages = queue.splice(0, 100);
      inFlight = true;
      post('up', credentials, '[' + messages.join(',') + ']')
        .then(function (response) { return response.json(); })
        .then(function (answers) {
          (Array.isArray(answers) ? answers : [answers]).forEach(onAnswer);
        })
        .catch(function (error) {
          if (window.console) {
            window.console.warn('Encke: up-link POST failed; ' + messages.length +
              ' message(s) dropped', error);
          }
        })
        .then(function () {
          inFlight = false;
          flush();
        });
    }
    return {
      send: function (message) {
        queue.push(JSON.stringify(message));
        flush();
      },
      bye: function () {
        window.fetch(endpoint('up'), {
          method: 'POST', headers: postHeaders(credentials), body: JSON.stringify([{ t: 'bye' }]),
          credentials: 'same-origin', keepalive: true
        }).catch(function () {});
      }
    };
  }

  return { knows: knows, open: open, uplink: uplink };
}

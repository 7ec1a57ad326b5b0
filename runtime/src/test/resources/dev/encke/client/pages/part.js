// Loads the part of the client named by ?part= (such as /channel.js) and then its harness
// (/pages/channel-harness.js), in that order, as <script src> elements once the body is parsed: no
// inline script, so the page runs under script-src 'self'.
document.addEventListener('DOMContentLoaded', function () {
  var part = new URL(window.location.href).searchParams.get('part');
  if (!/^[a-z]+$/.test(part || '')) {
    throw new Error('no part named in ?part=');
  }
  ['/' + part + '.js', '/pages/' + part + '-harness.js'].forEach(function (source) {
    var script = document.createElement('script');
    script.async = false;
    script.src = source;
    document.head.appendChild(script);
  });
});

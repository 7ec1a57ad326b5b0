// Frames the probe page from the other loopback origin: this page is opened as
// http://localhost:port/frames.html and frames http://127.0.0.1:port/probe.html.
var framed = document.getElementById('framed');
framed.addEventListener('load', function () {
  document.documentElement.setAttribute('data-framed', 'loaded');
});
framed.src = 'http://127.0.0.1:' + window.location.port + '/probe.html';

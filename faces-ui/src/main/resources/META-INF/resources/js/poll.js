// Polls a running job with Faces Ajax: while an element marked data-poll="running" is on the page, click
// the hidden Ajax button named in its data-poll-button every second; the re-render updates the marker,
// so polling stops by itself once the job has ended. (Own file: the CSP allows scripts from here only.)
(function () {
  var busy = false;
  function tick() {
    var marker = document.querySelector('[data-poll="running"]');
    if (!marker) { return; }
    var button = document.getElementById(marker.getAttribute('data-poll-button'));
    if (button && !busy) {
      busy = true;
      faces.ajax.request(button, null, {
        execute: '@this', render: marker.getAttribute('data-poll-render'),
        onevent: function (e) { if (e.status === 'success') { busy = false; } },
        onerror: function () { busy = false; }
      });
    }
    setTimeout(tick, 1000);
  }
  document.addEventListener('DOMContentLoaded', function () { setTimeout(tick, 1000); });
})();

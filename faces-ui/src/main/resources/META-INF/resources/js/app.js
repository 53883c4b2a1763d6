// Small progressive enhancements shared by every page (loaded by the layout from our own origin).
document.addEventListener('DOMContentLoaded', function () {
  document.documentElement.classList.add('js');
  // Selects marked auto-submit (the header's program selector) submit their form on change.
  document.querySelectorAll('select.auto-submit').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
  // The schedule grid for coordinators (data-edit, see ScheduleGrid): a session cell or a night of the call row
  // opens the edit page for it (a new tab with Ctrl/Cmd or the middle button).
  var grid = document.querySelector('table.schedule-grid[data-edit]');
  if (grid) {
    var open = function (event) {
      var cell = event.target.closest('td');
      var url = cell && grid.contains(cell) ? editUrl(grid.getAttribute('data-edit'), cell.id) : null;
      if (!url) {
        return;
      }
      if (event.ctrlKey || event.metaKey || event.button === 1) {
        window.open(url, '_blank', 'noopener');
      } else {
        window.location.href = url;
      }
    };
    grid.addEventListener('click', open);
    grid.addEventListener('auxclick', function (event) { if (event.button === 1) open(event); });
  }
});

// c_<person>_<date>_<AM|PM> (the person id may hold underscores: parse from the end) or n_<date>.
function editUrl(base, id) {
  var session = /^c_(.+)_(\d{4}-\d{2}-\d{2})_(AM|PM)$/.exec(id);
  if (session) {
    return base + '&person=' + encodeURIComponent(session[1]) + '&date=' + session[2] + '&session=' + session[3];
  }
  var night = /^n_(\d{4}-\d{2}-\d{2})$/.exec(id);
  return night ? base + '&kind=CALL&date=' + night[1] : null;
}

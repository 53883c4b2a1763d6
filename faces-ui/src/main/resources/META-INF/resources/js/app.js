// Small progressive enhancements shared by every page (loaded by the layout from our own origin).
document.addEventListener('DOMContentLoaded', function () {
  document.documentElement.classList.add('js');
  // Selects marked auto-submit (the header's program selector) submit their form on change.
  document.querySelectorAll('select.auto-submit').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
});

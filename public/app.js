// Progressive enhancement only: every page works without this file.

// An error summary takes focus when the page loads (GOV.UK pattern): screen readers read it
// first, and the next Tab reaches its links to the fields.
(function () {
  var summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
})();

// When a county is chosen, the municipality list narrows to that county's kommuner, so that
// nobody has to scroll through 290 names. Nothing is submitted automatically.
(function () {
  var county = document.getElementById('lan');
  var municipality = document.getElementById('kommun');
  if (!county || !municipality) return;
  function narrow() {
    var groups = municipality.querySelectorAll('optgroup');
    for (var i = 0; i < groups.length; i++) {
      var show = !county.value || groups[i].getAttribute('data-county') === county.value;
      groups[i].hidden = !show;
      groups[i].disabled = !show;
    }
    var selected = municipality.options[municipality.selectedIndex];
    if (selected && selected.parentNode.disabled) municipality.value = '';
  }
  county.addEventListener('change', narrow);
})();

// The filters sit behind "Filtrera" so that a phone shows the results first; on a wide screen,
// where they stand beside the results, they are opened (app.css does the same where the browser
// can style a closed disclosure's content).
(function () {
  var toggle = document.querySelector('details.filter-toggle');
  if (toggle && window.matchMedia('(min-width: 50rem)').matches) toggle.open = true;
})();

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

// On a phone the menu is a strip that scrolls sideways when a role has many entries: the current
// entry is scrolled into view, and the strip fades at the edge while there is more to see.
(function () {
  var strip = document.querySelector('.site-header nav ul');
  if (!strip || strip.scrollWidth <= strip.clientWidth) return;
  strip.classList.add('scrolls');
  var current = strip.querySelector('a[aria-current="page"]');
  if (current) {
    strip.scrollLeft += current.getBoundingClientRect().left - strip.getBoundingClientRect().left - 16;
  }
  function edge() {
    strip.classList.toggle('at-end', strip.scrollLeft + strip.clientWidth >= strip.scrollWidth - 2);
  }
  strip.addEventListener('scroll', edge, { passive: true });
  edge();
})();

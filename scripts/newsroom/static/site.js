// The newsroom's one shared script: share buttons copy the page's link, forms say thanks instead of posting,
// the mobile menu toggles. It changes the page only when the reader clicks, so tests can compare snapshots.
(function () {
  function canonical() {
    var link = document.querySelector('link[rel="canonical"]');
    return link ? link.href : location.href;
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-network]');
    if (button && navigator.clipboard) {
      navigator.clipboard.writeText(canonical()).catch(function () {});
      return;
    }
    var toggle = event.target.closest('[data-menu-toggle]');
    if (toggle) {
      var menu = document.getElementById(toggle.getAttribute('aria-controls'));
      var open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', String(!open));
      if (menu) menu.classList.toggle('is-open', !open);
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches('[data-demo-form]')) return;
    event.preventDefault();
    var note = form.querySelector('[data-thanks]');
    if (note) note.hidden = false;
  });
})();

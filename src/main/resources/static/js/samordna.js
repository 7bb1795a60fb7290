// A refused form fragment (422) is swapped in like any other, so the person sees their input and the reason beside it.
if (window.htmx) {
  htmx.config.responseHandling = [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '422', swap: true, error: false },
    { code: '[45]..', swap: false, error: true }
  ];
}
// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Shows the server's message when an htmx request is refused (for example a budget changed by someone else).
document.addEventListener('htmx:responseError', function (event) {
  var flash = document.getElementById('flash');
  if (!flash) { return; }
  var text = event.detail.xhr.responseText || '';
  var message = text;
  try {
    var doc = new DOMParser().parseFromString(text, 'text/html');
    var error = doc.querySelector('p.error');
    if (error) {
      message = error.textContent;
      var items = doc.querySelectorAll('main li');
      items.forEach(function (li) { message += ' ' + li.textContent; });
    }
  } catch (e) { /* keep the raw text */ }
  flash.textContent = message;
});

// On a narrow screen the header's menus start folded, so the page's own content is on the first screen.
document.addEventListener('DOMContentLoaded', function () {
  if (window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) {
    document.querySelectorAll('details.menu').forEach(function (menu) { menu.removeAttribute('open'); });
  }
});

// A table wider than a narrow screen scrolls inside itself; it takes the keyboard focus so it can be scrolled without a mouse.
function focusableWideTables() {
  document.querySelectorAll('table, .table-scroll').forEach(function (table) {
    if (table.scrollWidth > table.clientWidth + 1) {
      table.setAttribute('tabindex', '0');
    } else {
      table.removeAttribute('tabindex');
    }
  });
}
document.addEventListener('DOMContentLoaded', focusableWideTables);
window.addEventListener('resize', focusableWideTables);
document.addEventListener('htmx:afterSwap', focusableWideTables);

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

// A page form refused by a rule comes back on its own page (RefusedForms): the typed values go back into the
// form that was sent, each message beside its field, and the address is the page's again.
function refusedFormControl(form, place) {
  var wanted = (place || '').trim().toLowerCase();
  var named = form.elements.namedItem(place);
  if (named && named.nodeType === 1) { return named; }
  var byId = form.querySelector('[id="' + place.replace(/["\\]/g, '') + '"]');
  if (byId) { return byId; }
  var controls = form.querySelectorAll('[data-place]');
  for (var i = 0; i < controls.length; i++) {
    if (controls[i].getAttribute('data-place').toLowerCase() === wanted) { return controls[i]; }
  }
  var labels = form.querySelectorAll('label');
  for (var j = 0; j < labels.length; j++) {
    var text = labels[j].textContent.replace(/\(.*?\)/g, '').replace(/[:*]/g, '').trim().toLowerCase();
    if (text && text === wanted && labels[j].control) { return labels[j].control; }
  }
  return null;
}

function refusedFormFill(form, values) {
  var seen = {};
  Array.prototype.forEach.call(form.elements, function (el) {
    var type = (el.type || '').toLowerCase();
    if (!el.name || ['hidden', 'password', 'file', 'submit', 'button', 'reset'].indexOf(type) >= 0) { return; }
    var typed = values[el.name];
    if (type === 'checkbox' || type === 'radio') {
      el.checked = !!typed && typed.indexOf(el.value) >= 0;
    } else if (typed && el.multiple && el.options) {
      Array.prototype.forEach.call(el.options, function (o) { o.selected = typed.indexOf(o.value) >= 0; });
    } else if (typed) {
      var at = seen[el.name] || 0;
      if (at < typed.length) { el.value = typed[at]; }
      seen[el.name] = at + 1;
    }
  });
}

function refusedFormShow() {
  var box = document.getElementById('refused-form');
  if (!box) { return; }
  var refused;
  try { refused = JSON.parse(box.getAttribute('data-form')); } catch (e) { return; }
  if (window.history && history.replaceState && refused.page) { history.replaceState(null, '', refused.page); }
  var best = null, bestScore = -1;
  Array.prototype.forEach.call(document.forms, function (form) {
    if (new URL(form.action, location.href).pathname !== refused.action) { return; }
    var score = Object.keys(refused.values).filter(function (name) { return form.elements.namedItem(name); }).length;
    if (score > bestScore) { best = form; bestScore = score; }
  });
  var main = document.getElementById('main');
  if (!best) {
    if (main) { main.insertBefore(box, main.firstChild); }
    box.setAttribute('tabindex', '-1');
    box.focus();
    return;
  }
  refusedFormFill(best, refused.values);
  best.insertBefore(box, best.firstChild);
  var first = null;
  refused.problems.forEach(function (problem, i) {
    // The place in the reader's language, else in Swedish (the forms' data-place names it in Swedish).
    var control = refusedFormControl(best, problem.place) || refusedFormControl(best, problem.swedishPlace || '');
    if (!control || !control.parentNode) { return; }
    var note = document.createElement('p');
    note.className = 'field-error';
    note.id = 'refused-' + i;
    note.textContent = problem.message;
    var after = control.closest('label') || control;
    after.parentNode.insertBefore(note, after.nextSibling);
    control.setAttribute('aria-invalid', 'true');
    var described = control.getAttribute('aria-describedby');
    control.setAttribute('aria-describedby', described ? note.id + ' ' + described : note.id);
    first = first || control;
  });
  if (first) {
    first.focus();
  } else {
    box.setAttribute('tabindex', '-1');
    box.focus();
  }
}
document.addEventListener('DOMContentLoaded', refusedFormShow);

// A refused step of the plan's cycle is told inside its plan's box: bring it into view and give it the focus.
document.addEventListener('DOMContentLoaded', function () {
  var refused = document.getElementById('step-error');
  if (refused) {
    refused.scrollIntoView({block: 'center'});
    refused.focus();
  }
});

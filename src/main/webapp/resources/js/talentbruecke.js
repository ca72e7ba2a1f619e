/* Keeps keyboard users where they were after a part of the page was replaced by an ajax update. */
function tbFocus(id) {
  var element = document.getElementById(id);
  if (element) {
    element.focus();
  }
}

/* After a row was added, focus the first field of the last row of the list with the given id prefix. */
function tbFocusLastRow(listClass) {
  var rows = document.querySelectorAll('.' + listClass + ' > .tb-row');
  if (rows.length) {
    var field = rows[rows.length - 1].querySelector('input:not([type=hidden]), select, textarea');
    if (field) {
      field.focus();
    }
  }
}

/* Error summary (GOV.UK pattern): after a refused form the page opens with the focus on the summary,
   so that a screen reader reads it and a keyboard user starts there; its links put the focus into
   the field itself (a PrimeFaces widget's id may name a wrapper around the real input) and show the
   field's label with it. */
function tbFocusField(id) {
  var element = document.getElementById(id);
  if (!element) {
    return false;
  }
  var focusable = 'input:not([type=hidden]):not([tabindex="-1"]), select:not([tabindex="-1"]), textarea, button, [tabindex="0"]';
  var field = element.matches(focusable) ? element
    : (document.getElementById(id + '_input') || element.querySelector(focusable));
  if (!field || (field.matches('[tabindex="-1"], [aria-hidden=true]') && !field.matches(focusable))) {
    field = element.querySelector(focusable) || element;
  }
  field.focus();
  var label = document.querySelector('label[for="' + (window.CSS ? CSS.escape(field.id) : field.id) + '"]')
    || (element.closest('fieldset') ? element.closest('fieldset').querySelector('legend') : null);
  (label || field).scrollIntoView({ block: 'center' });
  return document.activeElement === field;
}

/* The label a person sees at a field, without the required-field star or the side-by-side second
   language. */
function tbFieldLabel(id) {
  var element = document.getElementById(id);
  if (!element) {
    return null;
  }
  var label = document.querySelector('label[for="' + (window.CSS ? CSS.escape(id) : id) + '"]')
    || document.querySelector('label[for="' + (window.CSS ? CSS.escape(id + '_input') : id + '_input') + '"]')
    || (element.closest('fieldset') ? element.closest('fieldset').querySelector('legend') : null);
  if (!label) {
    return null;
  }
  var copy = label.cloneNode(true);
  copy.querySelectorAll('.tb-second, .ui-outputlabel-rfi').forEach(function (e) { e.remove(); });
  return copy.textContent.replace(/\s+/g, ' ').trim() || null;
}

/* Each problem names its field ("Postleitzahl: ..."), since several messages read the same, and the
   problems follow the order of the form. */
function tbPrepareErrorSummary(summary) {
  var list = summary.querySelector('ul');
  var items = Array.prototype.slice.call(list.children);
  items.forEach(function (item) {
    var link = item.querySelector('a[data-field]');
    var label = link ? tbFieldLabel(link.getAttribute('data-field')) : null;
    if (label && link.textContent.indexOf(label) !== 0) {
      link.textContent = label + (/[?:.!]$/.test(label) ? ' ' : ': ') + link.textContent.trim();
    }
  });
  var field = function (item) {
    var link = item.querySelector('a[data-field]');
    return link ? document.getElementById(link.getAttribute('data-field')) : null;
  };
  items.sort(function (a, b) {
    var fa = field(a), fb = field(b);
    if (!fa || !fb) {
      return (fa ? 1 : 0) - (fb ? 1 : 0);
    }
    if (fa === fb) {
      return 0;
    }
    return fa.compareDocumentPosition(fb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }).forEach(function (item) { list.appendChild(item); });
}

document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('errorSummary');
  if (summary) {
    tbPrepareErrorSummary(summary);
    summary.focus();
  }
});

document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('.tb-error-summary a[data-field]') : null;
  if (link && tbFocusField(link.getAttribute('data-field'))) {
    event.preventDefault();
  }
});

/* Lists of ESCO suggestions (skills step, opening requirements; decision 007): about ten are shown,
   "show all" opens the rest, and typing into the filter narrows the whole list, with the number of
   hits read out politely. Ticked rows always stay visible (CSS). Event delegation, so lists that an
   ajax update replaces keep working. */
function tbFold(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, '')
    .toLowerCase().replace(/\s+/g, ' ').trim();
}

var tbSuggestTimer = null;

function tbFilterSuggestions(input) {
  var list = document.getElementById(input.getAttribute('data-list'));
  if (!list) {
    return;
  }
  var query = tbFold(input.value);
  var hits = 0;
  list.querySelectorAll('.tb-suggestion').forEach(function (row) {
    var label = row.querySelector('label');
    var hit = !query || tbFold(label ? label.textContent : row.textContent).indexOf(query) >= 0;
    row.classList.toggle('tb-miss', !hit);
    if (hit) {
      hits++;
    }
  });
  list.classList.toggle('tb-filtering', query.length > 0);
  var count = document.getElementById(input.getAttribute('aria-describedby'));
  clearTimeout(tbSuggestTimer);
  tbSuggestTimer = setTimeout(function () {
    if (!count) {
      return;
    }
    count.textContent = !query ? ''
      : hits === 0 ? input.getAttribute('data-none')
        : input.getAttribute('data-count').replace('{0}', hits).replace('{1}', input.getAttribute('data-total'));
  }, 400);
}

['input', 'change'].forEach(function (type) {
  document.addEventListener(type, function (event) {
    if (event.target.classList && event.target.classList.contains('tb-suggest-filter')) {
      tbFilterSuggestions(event.target);
    }
  });
});

document.addEventListener('keydown', function (event) {
  // Enter in the filter would submit the whole form; here it only filters.
  if (event.key === 'Enter' && event.target.classList && event.target.classList.contains('tb-suggest-filter')) {
    event.preventDefault();
    tbFilterSuggestions(event.target);
  }
});

document.addEventListener('click', function (event) {
  var button = event.target.closest ? event.target.closest('.tb-suggest-all') : null;
  if (!button) {
    return;
  }
  var list = document.getElementById(button.getAttribute('data-list'));
  if (!list) {
    return;
  }
  var open = list.classList.toggle('tb-collapsed') === false;
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
  if (!button.hasAttribute('data-all')) {
    button.setAttribute('data-all', button.textContent);
  }
  button.textContent = open ? button.getAttribute('data-fewer') : button.getAttribute('data-all');
});

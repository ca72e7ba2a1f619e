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

document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('errorSummary');
  if (summary) {
    summary.focus();
  }
});

document.addEventListener('click', function (event) {
  var link = event.target.closest ? event.target.closest('.tb-error-summary a[data-field]') : null;
  if (link && tbFocusField(link.getAttribute('data-field'))) {
    event.preventDefault();
  }
});

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

// Asks before a form marked data-confirm is sent (deleting an input file). No inline scripts: the CSP forbids them.
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// The drop zone's file input is invisible (it covers the zone): say which files were picked or dropped, and light the
// zone up while files are dragged over it.
document.addEventListener('DOMContentLoaded', function () {
  var input = document.getElementById('files');
  var chosen = document.getElementById('chosen');
  if (!input || !chosen) {
    return;
  }
  var zone = input.closest('.drop-zone');
  input.addEventListener('change', function () {
    var names = Array.prototype.map.call(input.files, function (file) { return file.name; });
    var label = names.length === 1 ? chosen.getAttribute('data-one') : chosen.getAttribute('data-many');
    chosen.textContent = names.length === 0 ? '' : label.replace('{0}', names.length) + ' ' + names.join(', ');
    zone.classList.toggle('has-files', names.length > 0);
  });
  ['dragenter', 'dragover'].forEach(function (type) {
    input.addEventListener(type, function () { zone.classList.add('dragging'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    input.addEventListener(type, function () { zone.classList.remove('dragging'); });
  });
});

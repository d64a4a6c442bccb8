// Asks before a form marked data-confirm is sent (deleting an input file). No inline scripts: the CSP forbids them.
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

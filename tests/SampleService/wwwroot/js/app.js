// The sample service's behaviour, dependency-free. Every page also works without it.
(function () {
  'use strict';

  // The label or legend that asks the question the input answers.
  function questionFor(input) {
    var fieldset = input.closest('fieldset');
    if (fieldset) {
      var legend = fieldset.querySelector('legend');
      if (legend) {
        return legend;
      }
    }
    return document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
  }

  // Error summary (as GOV.UK Frontend's): take focus when the page loads after a failed submit, and
  // make each link focus its field, scrolling its question into view rather than the bare input.
  function initErrorSummary(summary) {
    summary.focus();
    var links = summary.querySelectorAll('a[href^="#"]');
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener('click', function (event) {
        var input = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
        if (!input) {
          return;
        }
        event.preventDefault();
        var question = questionFor(input);
        (question || input).scrollIntoView();
        input.focus({ preventScroll: true });
      });
    });
  }

  // Postcode lookup: fills in the town from a small local table (no network).
  var knownPostcodes = {
    'SW1A 1AA': 'London',
    'EH1 1YZ': 'Edinburgh',
    'CF10 1EP': 'Cardiff',
    '28001': 'Madrid',
    '41001': 'Sevilla'
  };

  function initPostcodeLookup(widget) {
    var input = widget.querySelector('input');
    var button = widget.querySelector('.postcode-lookup__button');
    var status = widget.querySelector('.postcode-lookup__status');
    var town = document.getElementById(widget.getAttribute('data-town-input'));
    if (!input || !button || !status || !town) {
      return;
    }
    button.addEventListener('click', function () {
      var key = input.value.trim().toUpperCase().replace(/\s+/g, ' ');
      var found = Object.prototype.hasOwnProperty.call(knownPostcodes, key) ? knownPostcodes[key] : null;
      if (found) {
        town.value = found;
        status.textContent = widget.getAttribute('data-found').replace('{town}', found);
      } else {
        status.textContent = widget.getAttribute('data-not-found');
      }
    });
  }

  function initPrint(button) {
    button.addEventListener('click', function () {
      window.print();
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-module="error-summary"], [data-module="ds-error-summary"]'), initErrorSummary);
  Array.prototype.forEach.call(document.querySelectorAll('[data-module="postcode-lookup"]'), initPostcodeLookup);
  Array.prototype.forEach.call(document.querySelectorAll('[data-module="print"]'), initPrint);
})();

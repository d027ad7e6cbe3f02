// Loaded on /bad pages only. Holds the planted defects that need script; see expected-findings.yml.
(function () {
  'use strict';

  // PLANTED DEFECT keyboard-trap: Tab and Shift+Tab cycle between the postcode box and the
  // "Find address" button forever, so a keyboard user can never leave the postcode lookup.
  Array.prototype.forEach.call(document.querySelectorAll('[data-module="postcode-lookup"][data-trap-focus]'), function (widget) {
    widget.addEventListener('keydown', function (event) {
      if (event.key !== 'Tab') {
        return;
      }
      var items = Array.prototype.slice.call(widget.querySelectorAll('input, button'));
      var index = items.indexOf(document.activeElement);
      if (index === -1) {
        return;
      }
      event.preventDefault();
      var next = (index + (event.shiftKey ? items.length - 1 : 1)) % items.length;
      items[next].focus();
    });
  });

  // PLANTED DEFECT on-focus: on /bad/help, moving focus into the search box submits the search
  // form, a change of context the user did not ask for (WCAG 3.2.1).
  Array.prototype.forEach.call(document.querySelectorAll('.page-help #help-search'), function (box) {
    box.addEventListener('focus', function () {
      box.form.submit();
    });
  });

  // PLANTED DEFECT accessible-authentication: pasting into the declaration's PIN is cancelled, so a
  // password manager or a copied PIN cannot be used.
  var pin = document.getElementById('declaration-pin');
  if (pin) {
    pin.addEventListener('paste', function (event) {
      event.preventDefault();
    });
  }

  // PLANTED DEFECT on-input: choosing a permit type submits the form at once, a change of context
  // the user did not ask for (no Continue pressed).
  Array.prototype.forEach.call(document.querySelectorAll('.page-permit-type input[name="PermitType"]'), function (radio) {
    radio.addEventListener('change', function () {
      var form = radio.form;
      window.setTimeout(function () {
        form.submit();
      }, 100);
    });
  });
})();

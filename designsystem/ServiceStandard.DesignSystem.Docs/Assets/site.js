// The docs site's own enhancements, none of them needed to read or use the site:
// - each live example's frame grows to the height of its example, so it never scrolls
//   (only where the browser lets the page see into the frame: served over http, not from files);
// - a "Copy code" button next to each example's code, where the clipboard is available.
(function () {
  'use strict';

  // The frame's height is set as a style (a stylesheet's height would win over the attribute).
  // It is first set to nothing so that the example's own height is measured, not the frame's.
  function fit(frame) {
    try {
      var root = frame.contentDocument && frame.contentDocument.documentElement;
      if (!root || !frame.contentDocument.body) {
        return;
      }

      frame.style.height = '0px';
      var height = root.scrollHeight;
      if (height > 0) {
        frame.classList.add('site-example__frame--fitted');
        frame.style.height = String(height + 2) + 'px';
      } else {
        frame.style.height = '';
      }
    } catch (e) {
      // A frame opened from the file system is another origin: it keeps its fixed height.
    }
  }

  // An example that changes height (a conditional reveal, details opened) is fitted again.
  function follow(frame) {
    try {
      var body = frame.contentDocument && frame.contentDocument.body;
      if (!body || !window.ResizeObserver || frame.siteObserved === body) {
        return;
      }

      frame.siteObserved = body;
      var last = -1;
      new window.ResizeObserver(function () {
        var now = body.getBoundingClientRect().height;
        if (Math.abs(now - last) >= 1) {
          last = now;
          fit(frame);
        }
      }).observe(body);
    } catch (e) {
      // Another origin: nothing to follow.
    }
  }

  function enhanceFrames() {
    Array.prototype.forEach.call(document.querySelectorAll('iframe.site-example__frame'), function (frame) {
      frame.addEventListener('load', function () { fit(frame); follow(frame); });
      if (frame.contentDocument && frame.contentDocument.readyState === 'complete') {
        fit(frame);
        follow(frame);
      }
    });
  }

  function enhanceCopyButtons() {
    if (!navigator.clipboard) {
      return;
    }

    Array.prototype.forEach.call(document.querySelectorAll('button.site-copy[data-copy-target]'), function (button) {
      var target = document.getElementById(button.getAttribute('data-copy-target'));
      if (!target) {
        return;
      }

      var label = button.textContent;
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(target.textContent).then(function () {
          button.textContent = button.getAttribute('data-copied-text') || label;
          window.setTimeout(function () { button.textContent = label; }, 3000);
        }, function () { /* the clipboard refused: the code can still be selected and copied by hand */ });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhanceFrames();
    enhanceCopyButtons();
  });
  window.addEventListener('load', function () {
    Array.prototype.forEach.call(document.querySelectorAll('iframe.site-example__frame'), fit);
  });
})();

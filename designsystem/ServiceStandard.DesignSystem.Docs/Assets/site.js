// The docs site's own enhancements, none of them needed to read or use the site:
// - each live example's frame grows to the height of its example, so it never scrolls
//   (only where the browser lets the page see into the frame: served over http, not from files);
// - a "Copy code" button next to each example's code, where the clipboard is available;
// - the side navigation folded behind a button on small screens.
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

  // An example's code in HTML and in Razor: without JavaScript both follow each other under their
  // headings; with it, tabs as the WAI-ARIA tabs pattern has them (one Tab stop, arrow keys, Home
  // and End move between the tabs and show the chosen panel).
  function enhanceCodeTabs() {
    Array.prototype.forEach.call(document.querySelectorAll('.site-code-tabs'), function (container) {
      var panels = Array.prototype.filter.call(container.children, function (child) {
        return child.classList.contains('site-code-tabs__panel');
      });
      if (panels.length < 2) {
        return;
      }

      var list = document.createElement('div');
      list.className = 'site-tabs__list';
      list.setAttribute('role', 'tablist');
      list.setAttribute('aria-label', container.getAttribute('data-tabs-label') || '');
      var tabs = panels.map(function (panel) {
        var tab = document.createElement('button');
        tab.type = 'button';
        tab.className = 'site-tabs__tab';
        tab.id = panel.id.replace(/-panel$/, '') + '-tab';
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-controls', panel.id);
        tab.textContent = panel.getAttribute('data-tab-label');
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('aria-labelledby', tab.id);
        list.appendChild(tab);
        return tab;
      });

      function select(index, focus) {
        tabs.forEach(function (tab, i) {
          var chosen = i === index;
          tab.setAttribute('aria-selected', chosen ? 'true' : 'false');
          tab.tabIndex = chosen ? 0 : -1;
          panels[i].hidden = !chosen;
        });
        if (focus) {
          tabs[index].focus();
        }
      }

      tabs.forEach(function (tab, index) {
        tab.addEventListener('click', function () { select(index, false); });
        tab.addEventListener('keydown', function (event) {
          var next = event.key === 'ArrowRight' ? (index + 1) % tabs.length
            : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
            : event.key === 'Home' ? 0
            : event.key === 'End' ? tabs.length - 1
            : -1;
          if (next >= 0) {
            event.preventDefault();
            select(next, true);
          }
        });
      });

      container.insertBefore(list, panels[0]);
      container.classList.add('site-code-tabs--enhanced');
      select(0, false);
    });
  }

  // The site's search: shown only with JavaScript (a static site has no server to search), over the
  // index assets/search-<lang>.js gives. Every word typed must be found, accents and case aside;
  // names first. The count is a status message, so screen readers hear it without moving focus.
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function enhanceSearch() {
    var search = document.querySelector('.site-search');
    var index = window.siteSearchIndex;
    if (!search || !Array.isArray(index)) {
      return;
    }

    var form = search.querySelector('form');
    var input = search.querySelector('input');
    var status = search.querySelector('[role=status]');
    var results = search.querySelector('.site-search__results');
    var root = search.getAttribute('data-root') || '';
    var entries = index.map(function (entry) {
      return { entry: entry, title: fold(entry.title), text: fold(entry.title + ' ' + entry.text) };
    });

    function run() {
      var words = fold(input.value).split(/\s+/).filter(function (word) { return word.length > 0; });
      results.textContent = '';
      if (words.length === 0) {
        status.textContent = '';
        return;
      }

      var found = entries
        .filter(function (e) { return words.every(function (word) { return e.text.indexOf(word) >= 0; }); })
        .map(function (e) { return { e: e, inTitle: words.every(function (word) { return e.title.indexOf(word) >= 0; }) }; })
        .sort(function (a, b) { return (b.inTitle ? 1 : 0) - (a.inTitle ? 1 : 0); })
        .slice(0, 10);
      found.forEach(function (f) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.className = 'ds-link';
        link.href = root + f.e.entry.href;
        link.textContent = f.e.entry.title;
        item.appendChild(link);
        results.appendChild(item);
      });
      status.textContent = found.length === 0 ? search.getAttribute('data-results-none')
        : found.length === 1 ? search.getAttribute('data-results-one')
        : search.getAttribute('data-results-many').replace('{0}', String(found.length));
    }

    var pending = 0;
    input.addEventListener('input', function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(run, 250);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      window.clearTimeout(pending);
      run();
    });
    search.hidden = false;
  }

  // The side navigation: on small screens folded behind a disclosure button (aria-expanded), so
  // the page's own content is not pushed below a long list; from the tablet breakpoint on, a
  // column beside the content, always open. Without JavaScript it is always open.
  function enhanceSideNav() {
    var nav = document.querySelector('.site-side-nav');
    var list = nav && nav.querySelector('.site-side-nav__list');
    if (!list || !window.matchMedia) {
      return;
    }

    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'ds-button ds-button--secondary site-side-nav__toggle';
    button.textContent = nav.getAttribute('data-toggle-text') || '';
    button.setAttribute('aria-controls', list.id);
    nav.insertBefore(button, list);
    var small = window.matchMedia('(max-width: 640px)');

    function show(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      list.hidden = !open;
    }

    function layout() {
      button.hidden = !small.matches;
      show(!small.matches);
    }

    button.addEventListener('click', function () {
      show(button.getAttribute('aria-expanded') !== 'true');
    });
    if (small.addEventListener) {
      small.addEventListener('change', layout);
    } else if (small.addListener) {
      small.addListener(layout);
    }

    layout();
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhanceSideNav();
    enhanceFrames();
    enhanceSearch();
    enhanceCodeTabs();
    enhanceCopyButtons();
  });
  window.addEventListener('load', function () {
    Array.prototype.forEach.call(document.querySelectorAll('iframe.site-example__frame'), fit);
  });
})();

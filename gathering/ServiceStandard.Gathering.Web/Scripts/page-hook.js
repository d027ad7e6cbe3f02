// ServiceStandard's hook in the page's own world, installed before the page's scripts: the one
// thing only that world can see is which elements get click handlers (listeners and `onclick`
// properties). It keeps them to itself; when the probe, in its isolated world, asks with an event
// naming a fresh attribute, it marks them with it, and the probe takes the marks off at once. The
// worst a page can do here is hide its own handlers, which hides nothing axe or the other probes find.
(() => {
  const clickEvents = new Set(['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']);
  const seen = new WeakSet();
  const targets = [];
  // Our own copies, taken before the page's scripts run, so a page that redefines them later does not blind the hook.
  const originalAdd = EventTarget.prototype.addEventListener;
  const setAttribute = Element.prototype.setAttribute;
  const querySelectorAll = Document.prototype.querySelectorAll;
  const isConnected = Object.getOwnPropertyDescriptor(Node.prototype, 'isConnected').get;
  const test = RegExp.prototype.test;
  const deref = WeakRef.prototype.deref;
  const markPattern = /^data-servicestandard-[a-z0-9]+$/;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (clickEvents.has(type) && this instanceof Element && !seen.has(this)) {
      seen.add(this);
      targets[targets.length] = new WeakRef(this);
    }
    return originalAdd.call(this, type, listener, options);
  };
  originalAdd.call(window, '__servicestandard_clicks', (event) => {
    const mark = event.detail;
    if (typeof mark !== 'string' || !test.call(markPattern, mark)) return;
    for (let i = 0; i < targets.length; i++) {
      const el = deref.call(targets[i]);
      if (el && isConnected.call(el)) setAttribute.call(el, mark, '');
    }
    const all = querySelectorAll.call(document, '*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i];
      if (typeof el.onclick === 'function' || typeof el.onmousedown === 'function' || typeof el.onpointerdown === 'function') setAttribute.call(el, mark, '');
    }
  }, true);
})();

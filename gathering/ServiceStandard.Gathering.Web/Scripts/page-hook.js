// ServiceStandard's hook in the page's own world, installed before the page's scripts: the one
// thing only that world can see is which elements get click handlers (listeners and `onclick`
// properties). It keeps them to itself; when the probe, in its isolated world, asks with an event
// naming a fresh attribute, it marks them with it, and the probe takes the marks off at once. The
// worst a page can do here is hide its own handlers, which hides nothing axe or the other probes find.
// It also keeps, for the content probe (probe/content.js), which pointer, drag, hover and focus
// events each element listens to, which events the window or document listen to (device motion,
// moves), and which canvases got text drawn; reported the same way, with the event names as the
// mark's value (the probe accepts only names it knows). The keyboard probe asks which elements
// listen to focus leaving them (blur, focusout): a script there may take focus back a moment later.
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
  const watched = new Set(['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend',
    'mousemove', 'pointermove', 'touchmove', 'dragstart', 'drop', 'mouseover', 'mouseenter', 'pointerenter', 'pointerover', 'focus', 'focusin',
    'blur', 'focusout']);
  const rootWatched = new Set(['devicemotion', 'deviceorientation', 'deviceorientationabsolute', 'mousemove', 'pointermove', 'touchmove', 'focusout']);
  const listened = new WeakMap();
  const listenedTargets = [];
  const rootEvents = new Set();
  const canvases = [];
  const drawn = new WeakSet();
  const setHas = Set.prototype.has;
  const setAdd = Set.prototype.add;
  const mapGet = WeakMap.prototype.get;
  const mapSet = WeakMap.prototype.set;
  const weakHas = WeakSet.prototype.has;
  const weakAdd = WeakSet.prototype.add;
  function note(target, type) {
    if (typeof type !== 'string') return;
    if (target instanceof Element) {
      if (!setHas.call(watched, type)) return;
      let types = mapGet.call(listened, target);
      if (!types) {
        types = new Set();
        mapSet.call(listened, target, types);
        listenedTargets[listenedTargets.length] = new WeakRef(target);
      }
      setAdd.call(types, type);
    } else if ((target === window || target === document) && setHas.call(rootWatched, type)) {
      setAdd.call(rootEvents, type);
    }
  }
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    try {
      if (clickEvents.has(type) && this instanceof Element && !seen.has(this)) {
        seen.add(this);
        targets[targets.length] = new WeakRef(this);
      }
      note(this, type);
    } catch {
      // Never stand between the page and its own listener.
    }
    return originalAdd.call(this, type, listener, options);
  };
  const context2d = window.CanvasRenderingContext2D && CanvasRenderingContext2D.prototype;
  const canvasOf = context2d && Object.getOwnPropertyDescriptor(context2d, 'canvas').get;
  for (const name of ['fillText', 'strokeText']) {
    const original = context2d && context2d[name];
    if (typeof original !== 'function') continue;
    context2d[name] = function (...args) {
      try {
        const canvas = canvasOf.call(this);
        if (canvas instanceof Element && !weakHas.call(drawn, canvas)) {
          weakAdd.call(drawn, canvas);
          canvases[canvases.length] = new WeakRef(canvas);
        }
      } catch {
        // As above.
      }
      return original.apply(this, args);
    };
  }
  const handlerProperties = [['onmousedown', 'mousedown'], ['onpointerdown', 'pointerdown'], ['ontouchstart', 'touchstart'],
    ['onclick', 'click'], ['onmouseup', 'mouseup'], ['onpointerup', 'pointerup'], ['ontouchend', 'touchend'],
    ['onmousemove', 'mousemove'], ['onpointermove', 'pointermove'], ['ondragstart', 'dragstart'], ['ondrop', 'drop'],
    ['onmouseover', 'mouseover'], ['onmouseenter', 'mouseenter'], ['onfocus', 'focus'], ['onblur', 'blur'], ['onfocusout', 'focusout']];
  const join = Array.prototype.join;
  originalAdd.call(window, '__servicestandard_listeners', (event) => {
    const mark = event.detail;
    if (typeof mark !== 'string' || !test.call(markPattern, mark)) return;
    const found = new Map();
    const add = (el, type) => {
      let list = found.get(el);
      if (!list) { list = []; found.set(el, list); }
      if (list.indexOf(type) < 0) list[list.length] = type;
    };
    for (let i = 0; i < listenedTargets.length; i++) {
      const el = deref.call(listenedTargets[i]);
      const types = el && mapGet.call(listened, el);
      if (types && isConnected.call(el)) types.forEach((type) => add(el, type));
    }
    const all = querySelectorAll.call(document, '*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i];
      for (let j = 0; j < handlerProperties.length; j++) {
        if (typeof el[handlerProperties[j][0]] === 'function') add(el, handlerProperties[j][1]);
      }
    }
    for (let i = 0; i < canvases.length; i++) {
      const el = deref.call(canvases[i]);
      if (el && isConnected.call(el)) add(el, 'canvas-text');
    }
    found.delete(document.documentElement);
    found.forEach((types, el) => setAttribute.call(el, mark, join.call(types, ' ')));
    const roots = [];
    rootEvents.forEach((type) => { roots[roots.length] = type; });
    if (typeof window.ondevicemotion === 'function') roots[roots.length] = 'devicemotion';
    if (typeof window.ondeviceorientation === 'function') roots[roots.length] = 'deviceorientation';
    setAttribute.call(document.documentElement, mark, join.call(roots, ' '));
  }, true);
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

/**
 * A prerendered page's first script: tiny, classic and render-blocking, so it
 * runs before anything is painted (the Content-Security-Policy allows no
 * inline script, so it is a file).
 *
 * A page holds the HTML of one state of the app, named in `data-prerendered`.
 * If the address asks for another state (an old `?view=` link on index.html,
 * an embed, a filter), that HTML is hidden at once, so the wrong view never
 * flashes, and the app renders the state asked for. A bare page file gets
 * its state's query added, so the address says what it shows.
 *
 * The app's script, its chunks and its data wait in `<template
 * id="after-first-paint">` until the page has painted, so on a slow phone
 * connection they do not share the bandwidth of the HTML and CSS the first
 * paint needs. Where there is nothing to paint first, they load at once.
 *
 * It must stay a script (no import or export), its names inside a function
 * so they never meet another script's.
 */
(() => {
  const html = document.documentElement;
  const state = html.getAttribute('data-prerendered');
  let otherState = false;
  if (state !== null) {
    let search = window.location.search.replace(/^\?/, '');
    if (search === '' && state !== '') {
      window.history.replaceState(window.history.state, '', `?${state}${window.location.hash}`);
      search = state;
    }
    otherState = search !== state;
    if (otherState) html.setAttribute('data-other-state', '');
  }
  const start = () => {
    const template = document.getElementById('after-first-paint');
    if (!(template instanceof HTMLTemplateElement)) return;
    const elements = document.createDocumentFragment();
    for (const element of template.content.children) {
      // The prerendered state's data is no use to another state.
      if (otherState && element.hasAttribute('data-dataset')) continue;
      // A fresh element: one parsed inside a template would never run or load.
      const copy = document.createElement(element.localName);
      for (const { name, value } of element.attributes) copy.setAttribute(name, value);
      elements.append(copy);
    }
    // In one insertion, so the page's styles are checked once, not once per element.
    document.head.append(elements);
  };
  if (state === null || otherState || document.visibilityState === 'hidden') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else {
    // Called before the first frame; the timeout runs once it is painted.
    window.requestAnimationFrame(() => window.setTimeout(start, 0));
  }
})();

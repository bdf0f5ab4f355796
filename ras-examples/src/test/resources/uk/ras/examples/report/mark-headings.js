// Run by BrowserCheck before printing: gives each heading, and the first element after it, an id of its
// own and links to them from the page (hidden), so that the printed PDF holds a named destination, with
// its page, for each. Returns [[heading id, next id, heading text], ...].
(() => {
  const pairs = [];
  let n = 0;
  const nav = document.createElement('nav');
  nav.style.display = 'none';
  const mark = e => {
    if (e.id.startsWith('raschk')) {
      return e.id;
    }
    e.id = 'raschk' + (n++);
    const a = document.createElement('a');
    a.href = '#' + e.id;
    nav.appendChild(a);
    return e.id;
  };
  const after = e => {
    for (let x = e; x && x !== document.body; x = x.parentElement) {
      if (x.nextElementSibling) {
        return x.nextElementSibling;
      }
    }
    return null;
  };
  for (const h of document.querySelectorAll('h1, h2, h3, h4')) {
    const next = after(h);
    if (next) {
      pairs.push([mark(h), mark(next), h.textContent.trim()]);
    }
  }
  document.body.appendChild(nav);
  return JSON.stringify(pairs);
})()

// Run by BrowserCheck in the print layout: the smallest type a reader meets, in points, among the elements
// that hold text of their own, headings (h1 to h4) apart from the rest; 0 where there is none.
(() => {
  let text = 0;
  let headings = 0;
  const smaller = (a, b) => (a === 0 ? b : Math.min(a, b));
  for (const e of document.body.querySelectorAll('*')) {
    if (e.closest('svg') || getComputedStyle(e).display === 'none') {
      continue;
    }
    const own = [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
    if (!own) {
      continue;
    }
    // To a tenth of a point: 16 pt is 21.33 px, which reads back as 15.99997 pt.
    const pt = Math.round(parseFloat(getComputedStyle(e).fontSize) * 7.5) / 10;
    if (e.closest('h1, h2, h3, h4')) {
      headings = smaller(headings, pt);
    } else {
      text = smaller(text, pt);
    }
  }
  return JSON.stringify({text, headings});
})()

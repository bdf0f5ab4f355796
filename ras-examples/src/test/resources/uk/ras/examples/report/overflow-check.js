// Run by BrowserCheck, once in the screen layout and once in the print layout at the width of the printed
// page's text: lists every element that sticks out past the right or left edge of the page (a wide table, a
// long name that does not wrap), the outermost one of each overflow,, as sentences naming the layout given.
(layout => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  const tol = 0.5;
  const say = e => e.tagName.toLowerCase() + ' ' + JSON.stringify((e.textContent || '').trim().slice(0, 60));
  const out = e => {
    const b = e.getBoundingClientRect();
    return (b.width > 0 || b.height > 0) && (b.right > width + tol || b.left < -tol);
  };
  // Inside a picture only the picture counts: an inline SVG clips what it draws (the chart check finds a
  // label cut off by a chart's edge).
  const inPicture = e => e.tagName.toLowerCase() !== 'svg' && e.closest('svg') !== null;
  for (const e of document.body.querySelectorAll('*')) {
    if (!inPicture(e) && out(e) && !(e.parentElement && e.parentElement !== document.body && out(e.parentElement))) {
      const b = e.getBoundingClientRect();
      problems.push(layout + ': ' + say(e) + ' overflows the page (' + Math.round(b.left) + ' to '
          + Math.round(b.right) + ' px of ' + width + ')');
    }
  }
  if (problems.length === 0 && document.documentElement.scrollWidth > width + 1) {
    problems.push(layout + ': the page is ' + document.documentElement.scrollWidth + ' px wide, wider than ' + width);
  }
  return JSON.stringify(problems);
})

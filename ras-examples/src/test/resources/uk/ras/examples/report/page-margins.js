// Run by BrowserCheck: the left and right margins of the printed page, in CSS pixels, from the page's own
// @page rule (as Chromium prints with preferCSSPageSize); 0 where it sets none.
(() => {
  const probe = document.createElement('div');
  probe.style.position = 'absolute';
  probe.style.visibility = 'hidden';
  document.body.appendChild(probe);
  const px = v => {
    probe.style.width = v;
    return probe.getBoundingClientRect().width;
  };
  let left = 0;
  let right = 0;
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule.type === CSSRule.PAGE_RULE && !rule.selectorText) {
        const s = rule.style;
        if (s.marginLeft) left = px(s.marginLeft);
        if (s.marginRight) right = px(s.marginRight);
      }
    }
  }
  probe.remove();
  return JSON.stringify({left, right});
})()

// Run in the rendered report by BrowserCheck. Returns a list of problems, each a sentence naming its chart:
// every chart's labels and legend are measured in the real layout (see Chart for the classes read here).
(async () => {
  await document.fonts.ready;
  const problems = [];
  const tol = 0.5;
  const box = e => e.getBoundingClientRect();
  const overlap = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > tol &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tol;
  const within = (a, b) =>
    a.left >= b.left - tol && a.right <= b.right + tol && a.top >= b.top - tol && a.bottom <= b.bottom + tol;
  const say = e => JSON.stringify((e.textContent || '').trim().slice(0, 80));
  const charts = [...document.querySelectorAll('svg.ras-chart')];
  for (const svg of charts) {
    const id = 'chart ' + (svg.id || '(no id)');
    const edge = box(svg);
    const plot = svg.querySelector('.ras-plot');
    if (!plot) {
      problems.push(id + ': no .ras-plot marks its plot area');
      continue;
    }
    const area = box(plot);
    const texts = [...svg.querySelectorAll('text')];
    const marks = [...svg.querySelectorAll('.ras-mark')];
    for (const t of texts) {
      const b = box(t);
      const place = t.getAttribute('data-place');
      if (!t.classList.contains('ras-label') || (place !== 'inside' && place !== 'outside')) {
        problems.push(id + ': text ' + say(t) + ' is not marked as a label inside or outside the plot');
        continue;
      }
      if (t.textContent.trim() !== '' && (b.width === 0 || b.height === 0)) {
        problems.push(id + ': label ' + say(t) + ' was not drawn');
      }
      if (!within(b, edge)) {
        problems.push(id + ': label ' + say(t) + ' is clipped by the chart\'s edge');
      }
      if (place === 'outside' && overlap(b, area)) {
        problems.push(id + ': label ' + say(t) + ' overlaps the plot area');
      }
      if (place === 'inside') {
        const of = t.getAttribute('data-of');
        for (const m of marks) {
          if (m.getAttribute('data-key') !== of && overlap(b, box(m))) {
            problems.push(id + ': value label ' + say(t) + ' overlaps a mark it does not label');
            break;
          }
        }
      }
    }
    for (const legend of svg.querySelectorAll('.ras-legend')) {
      if (overlap(box(legend), area)) {
        problems.push(id + ': the legend overlaps the plot area');
      }
      if (!within(box(legend), edge)) {
        problems.push(id + ': the legend is clipped by the chart\'s edge');
      }
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (texts[i].textContent.trim() && texts[j].textContent.trim() && overlap(box(texts[i]), box(texts[j]))) {
          problems.push(id + ': labels ' + say(texts[i]) + ' and ' + say(texts[j]) + ' overlap');
        }
      }
    }
  }
  return JSON.stringify({charts: charts.length, problems});
})()

'use strict';
Parley.run(async () => {
  const { el, get } = Parley;
  const id = Parley.params().get('id');
  if (!id) throw new Error('No article id given.');
  const article = await get(`/api/articles/${encodeURIComponent(id)}`);
  const analysis = article.analysis;
  const info = analysis.article || {};
  document.getElementById('title').textContent = info.title || article.id;
  document.title = `Parley · ${info.title || article.id}`;
  const published = info.published || {};
  document.getElementById('meta').textContent = [
    `published ${published.value || 'unknown'} (${published.basis || 'unknown'})`,
    info.source, info.url, `id ${article.id}`,
  ].filter(Boolean).join(' · ');

  const spans = [];
  for (const m of analysis.mentions || [])
    spans.push({ start: m.start, end: m.end, kind: 'hl-mention', title: `mention: ${m.name || m.text}${m.code ? ' [' + m.code + ']' : ''}${m.office ? ', ' + m.office : ''}` });
  for (const q of analysis.quotes || [])
    spans.push({ start: q.start, end: q.end, kind: 'hl-quote', title: `quote (${q.attribution})${q.speaker && q.speaker.name ? ': ' + q.speaker.name : ''}` });
  for (const c of analysis.claims || [])
    spans.push({ start: c.start, end: c.end, kind: `hl-claim verdict-${c.verdict}`, title: `claim ${c.verdict}: ${c.explanation}` });
  for (const e of analysis.events || []) {
    const trigger = e.evidence && e.evidence.trigger;
    if (trigger) spans.push({ start: trigger.start, end: trigger.end, kind: 'hl-event', title: `event ${e.cameo} ${e.cameo_label} (${Parley.actorLabel(e.source)} → ${Parley.actorLabel(e.target)})` });
  }
  // An event linked to from elsewhere (?event=ID) has its evidence marked too.
  const focused = (analysis.events || []).find(e => e.id === Parley.params().get('event'));
  if (focused && focused.evidence) spans.push({ start: focused.evidence.start, end: focused.evidence.end, kind: 'focus', title: 'linked event' });
  const textBox = document.getElementById('text');
  Parley.highlight(textBox, article.text, spans);

  for (const box of document.querySelectorAll('#layers input')) {
    box.addEventListener('change', () => textBox.classList.toggle('hide-' + box.value, !box.checked));
  }

  const removed = info.removed || [];
  document.getElementById('removed-count').textContent = String(removed.length);
  const removedList = document.getElementById('removed-list');
  for (const r of removed) removedList.append(el('li', null, el('span', { className: 'tag' }, r.kind), ' ', r.text));

  const claims = document.getElementById('claims');
  for (const c of analysis.claims || []) {
    claims.append(el('li', { className: `verdict-${c.verdict}` },
      el('span', { className: 'verdict' }, c.verdict.replace('_', ' ')), ' ', Parley.quoted(c.text),
      el('div', { className: 'muted' }, c.explanation),
      c.holder_as_of ? el('div', null, `holder as of ${c.as_of || 'the publication date'}: ${c.holder_as_of}`) : null));
  }
  if (!(analysis.claims || []).length) claims.append(el('li', { className: 'muted' }, 'No office-holder claims.'));

  const quotes = document.getElementById('quotes');
  for (const q of analysis.quotes || []) {
    quotes.append(el('li', null, Parley.quoted(q.text), ' — ', q.speaker && q.speaker.name ? q.speaker.name : 'unattributed',
      el('span', { className: 'muted' }, ` (${q.attribution})`)));
  }

  // Events of this article come from the store so each links to its merged event.
  const stored = await get(`/api/events?article=${encodeURIComponent(article.id)}&limit=500`);
  const table = document.getElementById('events');
  table.append(Parley.eventHeader(), el('tbody', null, stored.items.map(r => Parley.eventRow(r))));

  const first = textBox.querySelector('span.focus');
  if (first) first.scrollIntoView({ block: 'center' });
});

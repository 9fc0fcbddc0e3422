'use strict';
Parley.run(async () => {
  const { el, get, page, fmt } = Parley;
  const [overview, articles] = await Promise.all([get('/api/overview'), get('/api/articles?limit=20')]);
  const counts = document.getElementById('counts');
  for (const [name, value] of Object.entries(overview.counts)) {
    counts.append(el('div', { className: 'card' }, el('div', { className: 'value' }, String(value)), el('div', { className: 'muted' }, name.replace('_', ' '))));
  }
  const dyads = document.querySelector('#dyads tbody');
  for (const d of overview.top_dyads) {
    dyads.append(el('tr', null,
      el('td', null, el('a', { href: page('dyad', { a: d.a, b: d.b }) }, `${d.a}–${d.b}`)),
      el('td', { className: 'num' }, String(d.events)),
      el('td', { className: 'num ' + Parley.goldsteinClass(d.goldstein_mean) }, fmt(d.goldstein_mean)),
      el('td', { title: 'verbal cooperation, material cooperation, verbal conflict, material conflict' }, d.quad_counts.join(' / '))));
  }
  if (overview.top_dyads.length === 0) dyads.append(el('tr', null, el('td', { colSpan: 4, className: 'muted' }, 'No dyads yet.')));
  const outdated = document.getElementById('outdated');
  for (const c of overview.outdated_claims) {
    outdated.append(el('li', { className: 'verdict-outdated' },
      el('q', null, c.claim.text), ' ', el('span', { className: 'muted' }, c.claim.explanation), ' ',
      el('a', { href: page('article', { id: c.article_id }) }, 'article')));
  }
  if (overview.outdated_claims.length === 0) outdated.append(el('li', { className: 'muted' }, 'None.'));
  const latest = document.getElementById('latest');
  latest.append(Parley.eventHeader(), el('tbody', null, overview.latest_events.map(e => Parley.eventRow(e))));
  const list = document.querySelector('#articles tbody');
  for (const a of articles.items) {
    list.append(el('tr', null,
      el('td', { className: 'nowrap' }, a.published || 'unknown'),
      el('td', null, el('a', { href: page('article', { id: a.id }) }, a.title || a.id)),
      el('td', null, a.source || ''),
      el('td', { className: 'num' }, String(a.events)),
      el('td', { className: 'num' }, String(a.claims))));
  }
});

'use strict';
Parley.run(async () => {
  const { el, api, page, clear } = Parley;
  const form = document.getElementById('analyze-form');
  const status = document.getElementById('status');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const f = form.elements;
    const body = { text: f.text.value, title: f.title.value.trim() || null, published: f.published.value.trim() || null };
    const headers = { 'Content-Type': 'application/json' };
    if (f.token.value) headers.Authorization = `Bearer ${f.token.value}`;
    status.textContent = 'Analyzing…';
    document.body.dataset.state = 'loading';
    try {
      const { data, response } = await api(`/api/analyze?store=${f.store.checked}`, { method: 'POST', headers, body: JSON.stringify(body) });
      show(data, response.headers.get('X-Parley-Stored'));
      status.textContent = '';
      document.body.dataset.state = 'ready';
    } catch (error) {
      status.textContent = '';
      Parley.showError(error);
    }
  });

  function show(analysis, stored) {
    document.getElementById('result').hidden = false;
    const summary = clear(document.getElementById('result-summary'));
    summary.append(`${analysis.events.length} events, ${analysis.mentions.length} mentions, ${analysis.quotes.length} quotes, ${analysis.claims.length} claims. `);
    if (stored === 'stored' || stored === 'already_stored')
      summary.append(el('a', { href: page('article', { id: analysis.article.id }) }, stored === 'stored' ? 'Stored: open the article page' : 'Already stored: open the article page'));
    else summary.append(el('span', { className: 'muted' }, 'Not stored.'));
    const table = clear(document.getElementById('result-events'));
    table.append(Parley.eventHeader(), el('tbody', null, analysis.events.map((e, i) => Parley.eventRow({ event_id: i, article_id: analysis.article.id, event: e, reports: 1 }))));
    const mentions = clear(document.getElementById('result-mentions'));
    for (const m of analysis.mentions) mentions.append(el('li', { title: m.code || '' }, m.text, m.name && m.name !== m.text ? el('span', { className: 'muted' }, ` → ${m.name}`) : null));
    const claims = clear(document.getElementById('result-claims'));
    for (const c of analysis.claims) claims.append(el('li', { className: `verdict-${c.verdict}` }, el('span', { className: 'verdict' }, c.verdict), ' ', el('q', null, c.text), el('div', { className: 'muted' }, c.explanation)));
  }
});

'use strict';
Parley.run(async () => {
  const { el, get, page, clear } = Parley;
  const form = document.getElementById('filters');
  const table = document.getElementById('events');
  const names = ['dyad', 'actor', 'root', 'code', 'plover', 'modality', 'from', 'to', 'historical'];
  const limit = 50;
  let state = Object.fromEntries(names.map(n => [n, Parley.params().get(n) || '']));
  let offset = Number(Parley.params().get('offset') || 0);
  let rows = [];
  let sort = { col: null, dir: 1 };
  for (const n of names) form.elements[n].value = state[n];

  const sortKeys = {
    date: r => r.event.date.value, source: r => Parley.actorLabel(r.event.source), event: r => r.event.cameo,
    target: r => Parley.actorLabel(r.event.target), goldstein: r => r.event.goldstein, modality: r => r.event.modality,
  };

  function render() {
    const sorted = [...rows];
    if (sort.col && sortKeys[sort.col]) {
      const key = sortKeys[sort.col];
      sorted.sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * sort.dir; });
    }
    clear(table).append(Parley.eventHeader(), el('tbody', null, sorted.map(r => Parley.eventRow(r))));
    for (const th of table.querySelectorAll('th')) {
      if (th.dataset.col === sort.col) th.classList.add(sort.dir > 0 ? 'asc' : 'desc');
      th.addEventListener('click', () => {
        const col = th.dataset.col;
        if (!sortKeys[col]) return;
        sort = { col, dir: sort.col === col ? -sort.dir : 1 };
        render();
      });
    }
  }

  async function load() {
    const query = new URLSearchParams();
    for (const n of names) if (state[n]) query.set(n, state[n]);
    query.set('offset', String(offset));
    query.set('limit', String(limit));
    document.body.dataset.state = 'loading';
    const result = await get('/api/events?' + query.toString());
    rows = result.items;
    document.getElementById('total').textContent =
      result.total === 0 ? 'No events match.' : `${offset + 1}–${offset + rows.length} of ${result.total} events`;
    document.getElementById('prev').disabled = offset === 0;
    document.getElementById('next').disabled = offset + rows.length >= result.total;
    render();
    history.replaceState(null, '', page('events', { ...state, offset: offset || '' }));
    document.body.dataset.state = 'ready';
  }

  async function guarded(action) { try { await action(); } catch (error) { Parley.showError(error); } }

  form.addEventListener('submit', event => {
    event.preventDefault();
    state = Object.fromEntries(names.map(n => [n, form.elements[n].value.trim()]));
    offset = 0;
    guarded(load);
  });
  document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - limit); guarded(load); });
  document.getElementById('next').addEventListener('click', () => { offset += limit; guarded(load); });
  await load();
});

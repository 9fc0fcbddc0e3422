'use strict';
Parley.run(async () => {
  const { el, get, page, fmt } = Parley;
  const actor = (Parley.params().get('actor') || '').trim();
  if (!actor) throw new Error('No actor given.');
  const [profile, network, events] = await Promise.all([
    get(`/api/actors/${encodeURIComponent(actor)}`),
    get('/api/network?edges=500'),
    get(`/api/events?actor=${encodeURIComponent(actor)}&limit=100`),
  ]);
  const name = profile.names.length ? profile.names[0].name : actor;
  document.getElementById('title').textContent = name === actor ? actor : `${name} (${actor})`;
  document.title = `Parley · ${name}`;
  document.getElementById('summary').textContent =
    `${profile.events} events (${profile.as_source} as source, ${profile.as_target} as target), mean Goldstein ${fmt(profile.goldstein_mean)}` +
    (profile.first_date ? `, dated ${profile.first_date} to ${profile.last_date}` : '') +
    (profile.codes.length ? `. Codes: ${profile.codes.map(c => c.name).join(', ')}` : '') + '.';

  const offices = document.getElementById('offices');
  if (profile.offices === null) offices.append(el('li', { className: 'muted' }, 'The knowledge base is not available.'));
  else if (profile.offices.length === 0) offices.append(el('li', { className: 'muted' }, 'No offices known.'));
  for (const o of profile.offices || [])
    offices.append(el('li', null, el('strong', null, o.holder), `, ${o.office}${o.acting ? ' (acting)' : ''}`,
      el('span', { className: 'muted' }, ` ${o.start} – ${o.end || 'present'}`)));

  const partners = document.querySelector('#partners tbody');
  for (const p of profile.partners) {
    const [x, y] = [actor.toUpperCase(), p.actor].sort();
    partners.append(el('tr', null,
      el('td', null, el('a', { href: page('actor', { actor: p.actor }) }, p.actor)),
      el('td', { className: 'num' }, String(p.events)),
      el('td', { className: 'num ' + Parley.goldsteinClass(p.goldstein_mean) }, fmt(p.goldstein_mean)),
      el('td', null, el('a', { href: page('dyad', { a: x, b: y }) }, 'dyad'))));
  }
  const roots = document.getElementById('roots');
  for (const r of profile.roots) roots.append(el('li', null, el('a', { href: page('events', { actor, root: r.name }) }, r.name), ` × ${r.count}`));

  // The actor's own neighbourhood of the network.
  const key = actor.toUpperCase();
  const edges = network.edges.filter(e => e.source === key || e.target === key);
  const ids = new Set(edges.flatMap(e => [e.source, e.target]));
  drawNetwork(document.getElementById('network'), { nodes: network.nodes.filter(n => ids.has(n.id)), edges }, key);

  document.getElementById('events').append(Parley.eventHeader(), el('tbody', null, events.items.map(r => Parley.eventRow(r))));
});

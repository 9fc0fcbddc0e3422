// Shared helpers for every dashboard page. Article text is untrusted: every piece of data reaches
// the page through text nodes (textContent, createTextNode), never through HTML parsing.
'use strict';

const Parley = (() => {
  async function api(path, options) {
    const response = await fetch(path, options);
    const body = await response.text();
    let data = null;
    try { data = body ? JSON.parse(body) : null; } catch { data = null; }
    if (!response.ok) {
      const message = data && data.error ? data.error : `${response.status} ${response.statusText}`;
      throw new Error(message);
    }
    return { data, response };
  }

  async function get(path) { return (await api(path)).data; }

  // el('td', {className: 'x', title: 'y'}, 'text', otherNode): strings become text nodes.
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null) continue;
        if (key === 'dataset') Object.assign(node.dataset, value);
        else if (key === 'href') node.setAttribute('href', safeHref(value));
        else if (key in node) node[key] = value;
        else node.setAttribute(key, String(value));
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // Links are only ever built to our own pages with encoded query values.
  function safeHref(value) {
    const text = String(value);
    return /^[a-z]+\.html(\?[^"'<>\s]*)?$/.test(text) || text.startsWith('/') && !text.startsWith('//') ? text : '#';
  }

  function page(name, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') query.set(k, v);
    const q = query.toString();
    return q ? `${name}.html?${q}` : `${name}.html`;
  }

  function params() { return new URLSearchParams(location.search); }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function fmt(x, digits = 2) {
    return x === null || x === undefined || Number.isNaN(x) ? '–' : Number(x).toFixed(digits).replace(/\.?0+$/, '') || '0';
  }

  function actorLabel(actor) {
    if (!actor) return '–';
    return actor.name || actor.text || actor.code || '?';
  }

  function actorKey(actor) { return actor ? (actor.country || actor.code || null) : null; }

  function actorLink(actor) {
    const key = actorKey(actor);
    const label = actorLabel(actor);
    if (!key) return el('span', { className: 'muted' }, label);
    return el('a', { href: page('actor', { actor: key }), title: actor.code || key }, label);
  }

  // Splits text at every span boundary; each piece carries the classes of the spans covering it,
  // and its own data-start/data-end offsets, so overlapping layers never break the text.
  function highlight(container, text, spans, base = 0) {
    const cuts = new Set([0, text.length]);
    const clean = spans
      .map(s => ({ ...s, start: s.start - base, end: s.end - base }))
      .filter(s => s.end > s.start && s.start >= 0 && s.end <= text.length);
    for (const s of clean) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = clean.filter(s => s.start <= from && s.end >= to);
      if (covering.length === 0) { container.append(document.createTextNode(piece)); continue; }
      const span = el('span', {
        className: ['hl', ...new Set(covering.map(s => s.kind))].join(' '),
        title: covering.map(s => s.title).filter(Boolean).join('\n'),
        dataset: { start: String(from + base), end: String(to + base) },
      }, piece);
      container.append(span);
    }
    return container;
  }

  // The evidence sentence with source, target and trigger marked.
  function evidence(event) {
    const ev = event.evidence;
    const spans = [];
    if (event.source) spans.push({ start: event.source.start, end: event.source.end, kind: 'hl-source', title: 'source' });
    if (event.target) spans.push({ start: event.target.start, end: event.target.end, kind: 'hl-target', title: 'target' });
    if (ev.trigger) spans.push({ start: ev.trigger.start, end: ev.trigger.end, kind: 'hl-trigger', title: 'trigger' });
    return highlight(el('span', { className: 'evidence' }), ev.text, spans, ev.start);
  }

  // Quoted text keeps its own quotation marks; other text gets the page's.
  function quoted(text) {
    return /^["“'‘«]/.test(text) ? el('span', { className: 'quoted' }, text) : el('q', null, text);
  }

  function goldsteinClass(g) { return g > 0.5 ? 'pos' : g < -0.5 ? 'neg' : 'neutral'; }

  // Red (conflict) through grey to green (cooperation) for Goldstein -10..10.
  function goldsteinColour(g) {
    if (g === null || g === undefined) return '#999999';
    const t = Math.max(-1, Math.min(1, g / 10));
    const grey = [150, 150, 150], red = [200, 40, 40], green = [40, 150, 60];
    const to = t < 0 ? red : green, k = Math.abs(t);
    const c = grey.map((v, i) => Math.round(v + (to[i] - v) * k));
    return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
  }

  function eventRow(stored, options = {}) {
    const e = stored.event;
    return el('tr', { dataset: { eventId: String(stored.event_id) } },
      el('td', { className: 'nowrap' }, e.date.value, e.historical ? el('span', { className: 'tag', title: 'historical' }, 'hist') : null),
      el('td', null, actorLink(e.source)),
      el('td', { title: e.cameo_label }, el('span', { className: 'code' }, e.cameo), ' ', e.cameo_label),
      el('td', null, actorLink(e.target)),
      el('td', { className: 'num ' + goldsteinClass(e.goldstein) }, fmt(e.goldstein, 1)),
      el('td', null, e.modality),
      options.evidence === false ? null : el('td', null, evidence(e)),
      el('td', null, el('a', { href: page('article', { id: stored.article_id, event: e.id }) }, 'article'),
        stored.reports > 1 ? el('span', { className: 'muted' }, ` +${stored.reports - 1}`) : null));
  }

  function eventHeader(options = {}) {
    const cols = ['date', 'source', 'event', 'target', 'goldstein', 'modality'];
    if (options.evidence !== false) cols.push('evidence');
    cols.push('');
    return el('thead', null, el('tr', null, cols.map(c => el('th', { dataset: { col: c } }, c))));
  }

  function showError(error) {
    const box = document.getElementById('error') || document.body;
    box.hidden = false;
    append(box, [el('p', { className: 'error' }, String(error && error.message || error))]);
    document.body.dataset.state = 'error';
  }

  // Runs a page's main function and marks the page ready (or failed) for people and tests alike.
  function run(main) {
    window.addEventListener('DOMContentLoaded', async () => {
      try {
        await main();
        document.body.dataset.state = 'ready';
      } catch (error) {
        showError(error);
      }
    });
  }

  return { api, get, el, append, page, params, clear, fmt, actorLabel, actorKey, actorLink, highlight, evidence, quoted,
    goldsteinClass, goldsteinColour, eventRow, eventHeader, showError, run };
})();

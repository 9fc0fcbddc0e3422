'use strict';
Parley.run(async () => {
  const { el, get, page, clear, fmt } = Parley;
  const form = document.getElementById('dyad-form');
  const params = Parley.params();
  let a = (params.get('a') || '').toUpperCase(), b = (params.get('b') || '').toUpperCase();
  const by = params.get('by') === 'week' ? 'week' : 'month';
  if (!a || !b) {
    const top = await get('/api/dyads?limit=1');
    if (top.length === 0) { document.getElementById('summary').textContent = 'No dyads in the store yet.'; return; }
    a = top[0].a; b = top[0].b;
  }
  form.elements.a.value = a; form.elements.b.value = b; form.elements.by.value = by;
  form.addEventListener('submit', event => {
    event.preventDefault();
    location.href = page('dyad', { a: form.elements.a.value.trim(), b: form.elements.b.value.trim(), by: form.elements.by.value });
  });

  const series = await get(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series?by=${by}`);
  document.getElementById('title').textContent = `${series.a} – ${series.b}`;
  document.title = `Parley · ${series.a}–${series.b}`;
  const total = series.buckets.reduce((n, x) => n + x.events, 0);
  document.getElementById('summary').textContent =
    `${series.points.length + series.undated} events; ${total} in ${series.buckets.length} ${by} buckets; ` +
    `${series.too_coarse} dated less precisely than a ${by} (shown as points only); ${series.undated} undated. ` +
    `Historical events are placed at their own dates.`;

  const quadNames = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  const quadColours = ['#7fb77e', '#2e7d32', '#f4a259', '#c0392b'];
  const bucketData = series.buckets.map(x => ({ value: [x.start, x.goldstein_sum], bucket: x }));
  const meanData = series.buckets.map(x => ({ value: [x.start, x.goldstein_mean], bucket: x }));
  const pointData = hist => series.points.filter(p => p.historical === hist)
    .map(p => ({ value: [p.date.length === 4 ? `${p.date}-01-01` : p.date.length === 7 ? `${p.date}-01` : p.date, p.goldstein], point: p }));

  // Old historical events would squeeze the recent months into a sliver: open on the bucketed
  // period and let the slider (or the button) reach back to the oldest date.
  const earliest = series.points.length ? series.points[0].date : null;
  const firstBucket = series.buckets.length ? series.buckets[0].start : null;
  const lastBucket = series.buckets.length ? series.buckets[series.buckets.length - 1].end : null;
  const spansYears = earliest && firstBucket && Number(firstBucket.slice(0, 4)) - Number(earliest.slice(0, 4)) > 3;
  const everything = { min: 'dataMin', max: 'dataMax' };
  const recent = spansYears ? { min: shiftMonths(firstBucket, -1), max: shiftMonths(lastBucket, 1) } : everything;
  const historical = series.points.filter(p => p.historical);
  const toggle = document.getElementById('zoom');
  toggle.hidden = !spansYears;
  toggle.textContent = `Show from ${earliest} (${historical.length} historical events)`;

  // One chart, two grids sharing the time axis and the zoom: Goldstein above, quad classes below.
  const chartBox = document.getElementById('goldstein-chart');
  const chart = echarts.init(chartBox);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: item => tooltip(item) },
    legend: [
      { top: 0, data: ['Goldstein sum', 'Goldstein mean', 'events', 'historical events'] },
      { top: '57%', data: quadNames },
    ],
    grid: [{ left: 50, right: 50, top: 40, height: '40%' }, { left: 50, right: 50, top: '63%', bottom: 60 }],
    dataZoom: [
      { type: 'inside', xAxisIndex: [0, 1], filterMode: 'none' },
      { type: 'slider', xAxisIndex: [0, 1], filterMode: 'none', height: 18, bottom: 10 },
    ],
    xAxis: [{ type: 'time', gridIndex: 0, ...recent }, { type: 'time', gridIndex: 1, ...recent }],
    yAxis: [
      { type: 'value', name: 'Goldstein sum', gridIndex: 0 },
      { type: 'value', name: 'mean / event', min: -10, max: 10, gridIndex: 0 },
      { type: 'value', name: 'events', minInterval: 1, gridIndex: 1 },
    ],
    series: [
      { name: 'Goldstein sum', type: 'bar', data: bucketData, itemStyle: { color: '#8fb3d9' }, barMaxWidth: 24 },
      { name: 'Goldstein mean', type: 'line', yAxisIndex: 1, data: meanData, showSymbol: true, color: '#14283f' },
      { name: 'events', type: 'scatter', yAxisIndex: 1, data: pointData(false), symbolSize: 7, color: '#1f5fa8' },
      { name: 'historical events', type: 'scatter', yAxisIndex: 1, data: pointData(true), symbol: 'diamond', symbolSize: 11, color: '#d97706' },
      ...quadNames.map((name, i) => ({
        name, type: 'bar', stack: 'quad', color: quadColours[i], barMaxWidth: 24, xAxisIndex: 1, yAxisIndex: 2,
        data: series.buckets.map(x => ({ value: [x.start, x.quad_counts[i]], bucket: x })),
      })),
    ],
  });
  chartBox.dataset.points = String(bucketData.length + series.points.length);
  chartBox.dataset.buckets = String(series.buckets.length);
  let whole = false;
  toggle.addEventListener('click', () => {
    whole = !whole;
    const range = whole ? everything : recent;
    chart.setOption({ xAxis: [range, range], dataZoom: [{ start: 0, end: 100 }, { start: 0, end: 100 }] });
    toggle.textContent = whole ? 'Show the recent period' : `Show from ${earliest} (${historical.length} historical events)`;
  });
  window.addEventListener('resize', () => chart.resize());

  function shiftMonths(iso, months) {
    const d = new Date(iso + 'T00:00:00Z');
    d.setUTCMonth(d.getUTCMonth() + months);
    return d.toISOString().slice(0, 10);
  }

  function tooltip(item) {
    const d = item.data;
    if (d.bucket) return escapeText(`${d.bucket.period}: ${d.bucket.events} events, Goldstein sum ${fmt(d.bucket.goldstein_sum)}, mean ${fmt(d.bucket.goldstein_mean)}`);
    if (d.point) return escapeText(`${d.point.date} (${d.point.precision}) ${d.point.cameo} ${d.point.cameo_label}: ${fmt(d.point.goldstein)}`);
    return '';
  }
  // ECharts renders tooltip strings as HTML, so everything in them is escaped first.
  function escapeText(s) {
    return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }

  async function drill(from, to, label) {
    const result = await get(`/api/events?dyad=${encodeURIComponent(a)},${encodeURIComponent(b)}&from=${from}&to=${to}&limit=200`);
    document.getElementById('drill-title').textContent = `Events ${label} (${result.total})`;
    document.getElementById('drill-hint').hidden = true;
    const table = document.getElementById('drill');
    clear(table).append(Parley.eventHeader(), el('tbody', null, result.items.map(r => Parley.eventRow(r))));
  }
  const onClick = item => {
    const d = item.data || {};
    let request = null;
    if (d.bucket) request = by === 'month' ? drill(d.bucket.period, d.bucket.period, `in ${d.bucket.period}`)
      : drill(d.bucket.start, d.bucket.end, `in ${d.bucket.period}`);
    else if (d.point) request = drill(d.point.date, d.point.date, `on ${d.point.date}`);
    if (request) request.catch(Parley.showError);
  };
  chart.on('click', onClick);
});

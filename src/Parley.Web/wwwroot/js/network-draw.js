'use strict';
// Draws an actor-interaction network with cytoscape: edge width = events, colour = mean Goldstein.
function drawNetwork(container, network, focus) {
  const max = Math.max(1, ...network.edges.map(e => e.events));
  const elements = [
    ...network.nodes.map(n => ({ data: { id: n.id, label: n.id === n.label ? n.id : `${n.id} · ${n.label}`, events: n.events } })),
    ...network.edges.map((e, i) => ({
      data: { id: `e${i}`, source: e.source, target: e.target, events: e.events, colour: Parley.goldsteinColour(e.goldstein_mean), width: 1 + 9 * e.events / max },
    })),
  ];
  const cy = cytoscape({
    container,
    elements,
    layout: { name: network.nodes.length > 1 ? 'cose' : 'grid', animate: false, randomize: false, nodeRepulsion: () => 9000 },
    maxZoom: 1.6, // a small network would otherwise be blown up to fill the box
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': '#1f5fa8', width: 'mapData(events, 1, 200, 14, 44)', height: 'mapData(events, 1, 200, 14, 44)' } },
      { selector: `node[id = "${String(focus || '').replace(/[^A-Za-z0-9_.:-]/g, '')}"]`, style: { 'background-color': '#d97706' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'haystack', opacity: 0.8 } },
    ],
  });
  cy.on('tap', 'node', event => { location.href = Parley.page('actor', { actor: event.target.id() }); });
  container.dataset.nodes = String(network.nodes.length);
  container.dataset.edges = String(network.edges.length);
  return cy;
}

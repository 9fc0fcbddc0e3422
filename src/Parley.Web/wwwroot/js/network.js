'use strict';
Parley.run(async () => {
  const form = document.getElementById('network-form');
  const min = Number(Parley.params().get('min_events') || 1);
  form.elements.min_events.value = String(min);
  form.addEventListener('submit', event => {
    event.preventDefault();
    location.href = Parley.page('network', { min_events: form.elements.min_events.value.trim() });
  });
  const network = await Parley.get(`/api/network?edges=300&min_events=${encodeURIComponent(min)}`);
  drawNetwork(document.getElementById('network'), network, null);
});

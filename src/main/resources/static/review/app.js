// The review page: one park on an OpenLayers map with its layers, a scenario's results, the
// analyses this server offers, a measure tool and a base-map setting. Everything it shows comes
// from this server's public API; nothing is fetched from outside.
'use strict';

(() => {
  const I = window.ReviewI18n;
  const S = window.ReviewStyles;
  const t = I.t;
  const enc = encodeURIComponent;

  /** Park layers, drawn bottom to top. */
  const PARK_LAYERS = ['parcels', 'corridors', 'pipelines', 'plants'];
  /** Result layers of a scenario or an analysis, drawn above the park layers. */
  const RESULT_LAYERS = ['siting', 'routes', 'exchange-links'];
  const BASEMAP_KEY = 'symbiopark.review.basemap';
  const VIEW_PROJECTION = 'EPSG:3857';
  const geoJson = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: VIEW_PROJECTION });

  // Where park features come from: 'rest' (the park API), 'ogc' (OGC API Features) or 'tiles'
  // (vector tiles). ?source=… in the page's address picks another one without a code change.
  const FEATURE_SOURCE = new URLSearchParams(location.search).get('source') || 'rest';

  const state = {
    park: null,            // the shown park's resource
    layers: new Map(),     // name → { layer, result }
    scenarios: [],
    resources: new Map(),  // catalog id → { names }
    popupFeature: null,
    summary: null,         // what the scenario summary shows: { kind, data }
    exchangeTotals: null,
    measuring: null,
  };

  const $ = id => document.getElementById(id);

  /** The features a layer holds in the page (none for vector tiles, which keep only rendered ones). */
  function featuresOf(name) {
    const entry = state.layers.get(name);
    const source = entry && entry.layer.getSource();
    return source && source.getFeatures ? source.getFeatures() : [];
  }

  // ---------------------------------------------------------------- map

  const basemap = new ol.layer.Tile({ visible: false, zIndex: -1 });
  const measureSource = new ol.source.Vector();
  const measureLayer = new ol.layer.Vector({ source: measureSource, style: S.measure, zIndex: 100 });
  const popup = new ol.Overlay({ element: $('popup'), autoPan: { animation: { duration: 200 } } });
  const map = new ol.Map({
    target: 'map',
    layers: [basemap, measureLayer],
    overlays: [popup],
    view: new ol.View({ center: ol.proj.fromLonLat([135.0, 48.4]), zoom: 11 }),
    controls: ol.control.defaults.defaults().extend([new ol.control.ScaleLine()]),
  });

  const debug = {
    map,
    ready: false,
    error: null,
    layerFeatureCount: name => featuresOf(name).length,
    /** The map pixel of a feature of a layer (its point, or its extent's centre). */
    pixelOf: (name, id) => {
      const feature = featuresOf(name).find(f => f.get('id') === id || f.getId() === id);
      if (!feature) return null;
      const g = feature.getGeometry();
      const c = g.getType() === 'Point' ? g.getCoordinates() : ol.extent.getCenter(g.getExtent());
      return map.getPixelFromCoordinate(c);
    },
  };
  window.symbiopark = debug;

  function showMessage(text) {
    $('message').textContent = text || '';
  }

  async function fetchJson(url, options) {
    const response = await fetch(url, options);
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
      const detail = body && body.detail ? body.detail : (typeof body === 'string' ? body : response.statusText);
      throw new Error(`${response.status}: ${detail}`);
    }
    return { body, response };
  }

  // ---------------------------------------------------------------- feature sources

  /**
   * A park layer as an OpenLayers layer, from the feature source in use. This is the one place
   * that knows the protocol: switch FEATURE_SOURCE to read from /ogc or /tiles instead.
   */
  async function parkFeatureLayer(parkId, name) {
    const style = S.byLayer[name];
    if (FEATURE_SOURCE === 'tiles') {
      const { body: tileJson } = await fetchJson(`tiles/${enc(parkId)}/${enc(name)}.json`);
      const layer = new ol.layer.VectorTile({
        style,
        source: new ol.source.VectorTile({
          format: new ol.format.MVT({ idProperty: 'id' }),
          url: `tiles/${enc(parkId)}/${enc(name)}/{z}/{x}/{y}.mvt`,
        }),
      });
      if (Array.isArray(tileJson.bounds) && tileJson.bounds.length === 4) {
        layer.set('extent', ol.proj.transformExtent(tileJson.bounds, 'EPSG:4326', VIEW_PROJECTION));
      }
      return layer;
    }
    const url = FEATURE_SOURCE === 'ogc'
      ? `ogc/collections/${enc(parkId + ':' + name)}/items?limit=10000&f=json`
      : `api/v1/parks/${enc(parkId)}/${enc(name)}?limit=10000`;
    const { body } = await fetchJson(url, { headers: { Accept: 'application/geo+json, application/json' } });
    return new ol.layer.Vector({ style, source: new ol.source.Vector({ features: geoJson.readFeatures(body) }) });
  }

  function resultLayer(name, featureCollection) {
    const features = geoJson.readFeatures(featureCollection);
    let style = S.byLayer[name];
    if (name === 'exchange-links') {
      const maxByUnit = {};
      for (const f of features) {
        const unit = f.get('unit');
        maxByUnit[unit] = Math.max(maxByUnit[unit] || 0, Number(f.get('quantity')) || 0);
      }
      style = S.exchangeLinks(maxByUnit);
    }
    return new ol.layer.Vector({ style, source: new ol.source.Vector({ features }) });
  }

  function addLayer(name, layer, result) {
    removeLayer(name);
    const order = result ? PARK_LAYERS.length + RESULT_LAYERS.indexOf(name) : PARK_LAYERS.indexOf(name);
    layer.setZIndex(order);
    layer.set('name', name);
    map.addLayer(layer);
    state.layers.set(name, { layer, result });
  }

  function removeLayer(name) {
    const entry = state.layers.get(name);
    if (entry) {
      map.removeLayer(entry.layer);
      state.layers.delete(name);
    }
  }

  function clearResults() {
    for (const name of RESULT_LAYERS) removeLayer(name);
    state.summary = null;
    closePopup();
  }

  // ---------------------------------------------------------------- parks

  async function loadParks() {
    const { body: parks } = await fetchJson('api/v1/parks');
    const picker = $('park-picker');
    picker.replaceChildren();
    for (const p of parks) picker.append(new Option(p.name, p.id));
    if (parks.length === 0) {
      showMessage(t('noParks'));
      return;
    }
    const wanted = new URLSearchParams(location.hash.slice(1)).get('park');
    const park = parks.find(p => p.id === wanted) || parks[0];
    picker.value = park.id;
    picker.onchange = () => {
      location.hash = 'park=' + enc(picker.value);
      showPark(parks.find(p => p.id === picker.value));
    };
    await showPark(park);
  }

  async function showPark(park) {
    debug.ready = false;
    state.park = park;
    state.exchangeTotals = null;
    clearResults();
    for (const name of PARK_LAYERS) removeLayer(name);
    showMessage('');
    const loaded = await Promise.allSettled(PARK_LAYERS.map(async name => {
      addLayer(name, await parkFeatureLayer(park.id, name), false);
    }));
    const failed = PARK_LAYERS.filter((name, i) => loaded[i].status === 'rejected');
    if (failed.length) {
      showMessage(`${t('loadError')}: ${failed.map(n => t('layer.' + n)).join(', ')}`);
    }
    fitToPark();
    renderLayerSwitcher();
    renderExchangeTotals();
    renderCarrierPicker();
    await loadScenarios();
    map.once('rendercomplete', () => { debug.ready = true; });
    map.render();
  }

  function fitToPark() {
    const extent = ol.extent.createEmpty();
    for (const { layer } of state.layers.values()) {
      const source = layer.getSource();
      if (source.getFeatures && source.getFeatures().length) ol.extent.extend(extent, source.getExtent());
      if (layer.get('extent')) ol.extent.extend(extent, layer.get('extent'));
    }
    if (!ol.extent.isEmpty(extent)) {
      map.getView().fit(extent, { padding: [30, 30, 30, 30], maxZoom: 17 });
    }
  }

  async function loadResources() {
    try {
      const { body } = await fetchJson('api/v1/resources');
      for (const r of body) state.resources.set(r.id, r);
    } catch (e) {
      // resource ids stay as they are
    }
  }

  function resourceName(id) {
    const r = state.resources.get(id);
    if (!r || !r.names) return id;
    const short = I.language.slice(0, 2);
    return r.names[I.language] || r.names[short] || r.names.en || id;
  }

  // ---------------------------------------------------------------- layer switcher and legend

  function renderLayerSwitcher() {
    const list = $('layer-switcher');
    list.replaceChildren();
    const names = [...RESULT_LAYERS].reverse().concat([...PARK_LAYERS].reverse());
    for (const name of names) {
      const entry = state.layers.get(name);
      if (!entry) continue;
      const li = document.createElement('li');
      li.dataset.layer = name;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'layer-toggle-' + name;
      box.checked = entry.layer.getVisible();
      box.onchange = () => { entry.layer.setVisible(box.checked); legend.hidden = !box.checked; };
      const title = document.createElement('span');
      title.className = 'layer-title' + (entry.result ? ' result' : '');
      title.textContent = t('layer.' + name);
      label.append(box, title);
      const source = entry.layer.getSource();
      if (source.getFeatures) {
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = source.getFeatures().length;
        label.append(count);
      }
      const legend = legendFor(name, entry);
      legend.hidden = !box.checked;
      li.append(label, legend);
      list.append(li);
    }
  }

  /** The WMS legend graphic of the layer; when the server cannot draw one, swatches drawn here. */
  function legendFor(name, entry) {
    const div = document.createElement('div');
    div.className = 'legend';
    const swatches = () => {
        div.replaceChildren(swatchList(S.legendEntries(name, featuresOf(name))));
    };
    if (name === 'siting') {
      swatches();
      return div;
    }
    const img = new Image();
    img.alt = '';
    img.onerror = swatches;
    img.src = 'wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER='
      + enc(state.park.id + ':' + name) + '&LANGUAGE=' + enc(I.language);
    div.append(img);
    return div;
  }

  function swatchList(entries) {
    const ul = document.createElement('ul');
    for (const e of entries) {
      const li = document.createElement('li');
      const c = document.createElement('canvas');
      c.width = 22;
      c.height = 14;
      const g = c.getContext('2d');
      g.setLineDash(e.dash || []);
      if (e.shape === 'dot') {
        g.beginPath();
        g.arc(11, 7, 5, 0, 2 * Math.PI);
        g.fillStyle = e.fill;
        g.fill();
        g.strokeStyle = e.stroke;
        g.lineWidth = 1.5;
        g.stroke();
      } else if (e.shape === 'line') {
        g.beginPath();
        g.moveTo(1, 7);
        g.lineTo(21, 7);
        g.strokeStyle = e.stroke;
        g.lineWidth = e.width || 3;
        g.stroke();
      } else {
        if (e.fill) { g.fillStyle = e.fill; g.fillRect(1, 1, 20, 12); }
        g.strokeStyle = e.stroke;
        g.strokeRect(1, 1, 20, 12);
      }
      const text = document.createElement('span');
      text.textContent = e.resource ? resourceName(e.resource) : t(e.key);
      li.append(c, text);
      ul.append(li);
    }
    return ul;
  }

  // ---------------------------------------------------------------- popups

  const HIDDEN_PROPERTIES = new Set(['geometry', 'layer', 'streams', 'links']);
  const TRANSLATED_VALUES = { zoning: 'zoning.', status: 'status.', kind: 'kind.', industryGroup: 'group.', mode: 'mode.' };
  const RESOURCE_VALUES = new Set(['carrier', 'resource', 'receivedAs']);

  function formatNumber(value) {
    return new Intl.NumberFormat(I.language, { maximumFractionDigits: 3 }).format(value);
  }

  function formatValue(key, value) {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map(v => formatValue(key, v)).join(', ');
    if (typeof value === 'number') return formatNumber(value);
    if (typeof value === 'boolean') return value ? '✓' : '—';
    if (typeof value === 'object') return JSON.stringify(value);
    if (TRANSLATED_VALUES[key]) return I.known(TRANSLATED_VALUES[key] + value) || String(value);
    if (key === 'allowedZoning') return I.known('zoning.' + value) || String(value);
    if (RESOURCE_VALUES.has(key)) return resourceName(value);
    return String(value);
  }

  function attributeLabel(key) {
    return I.known('attr.' + key) || key;
  }

  function popupContent(feature, layerName) {
    const content = document.createDocumentFragment();
    const title = document.createElement('h4');
    title.textContent = feature.get('name') || feature.get('plantId') || feature.get('id') || feature.getId() || '';
    const layerLabel = document.createElement('div');
    layerLabel.className = 'layer-name';
    layerLabel.textContent = t('layer.' + layerName);
    const table = document.createElement('table');
    table.className = 'attributes';
    const properties = feature.getProperties();
    if (layerName === 'plants' && !properties.industryGroup && properties.industry) {
      properties.industryGroup = S.industryGroup(properties.industry);
    }
    for (const [key, value] of Object.entries(properties)) {
      if (HIDDEN_PROPERTIES.has(key) || value === null || value === undefined || value === '') continue;
      const row = table.insertRow();
      const th = document.createElement('th');
      th.textContent = attributeLabel(key);
      row.append(th);
      row.insertCell().textContent = formatValue(key, value);
    }
    content.append(title, layerLabel, table);
    const streams = streamsOf(feature);
    if (streams.length) {
      const h = document.createElement('h4');
      h.textContent = t('streams');
      const st = document.createElement('table');
      st.className = 'streams';
      const head = st.createTHead().insertRow();
      for (const k of ['stream.direction', 'stream.resource', 'stream.quantity', 'stream.unit']) {
        const th = document.createElement('th');
        th.textContent = t(k);
        head.append(th);
      }
      const body = st.createTBody();
      for (const s of streams) {
        const row = body.insertRow();
        row.insertCell().textContent = t(s.direction);
        row.insertCell().textContent = resourceName(s.resource);
        const q = row.insertCell();
        q.className = 'num';
        q.textContent = s.quantity === undefined ? '' : formatNumber(s.quantity);
        row.insertCell().textContent = s.unit || '';
      }
      content.append(h, st);
    }
    return content;
  }

  /** A plant's streams: an array in GeoJSON, a JSON text where a protocol has only flat attributes (MVT). */
  function streamsOf(feature) {
    const streams = feature.get('streams');
    if (Array.isArray(streams)) return streams;
    if (typeof streams === 'string') {
      try {
        const parsed = JSON.parse(streams);
        return Array.isArray(parsed) ? parsed : [];
      } catch (e) {
        return [];
      }
    }
    return [];
  }

  function openPopup(feature, layerName, coordinate) {
    state.popupFeature = { feature, layerName, coordinate };
    $('popup-content').replaceChildren(popupContent(feature, layerName));
    $('popup').hidden = false;
    popup.setPosition(coordinate);
  }

  function closePopup() {
    state.popupFeature = null;
    $('popup').hidden = true;
    popup.setPosition(undefined);
  }

  $('popup-close').onclick = closePopup;

  map.on('singleclick', evt => {
    if (state.measuring) return;
    const hit = map.forEachFeatureAtPixel(evt.pixel, (feature, layer) => [feature, layer.get('name')],
      { hitTolerance: 4, layerFilter: layer => Boolean(layer.get('name')) });
    if (hit) {
      openPopup(hit[0], hit[1], evt.coordinate);
    } else {
      closePopup();
    }
  });

  map.on('pointermove', evt => {
    if (evt.dragging || state.measuring) return;
    const hit = map.hasFeatureAtPixel(evt.pixel, { hitTolerance: 4, layerFilter: layer => Boolean(layer.get('name')) });
    map.getTargetElement().style.cursor = hit ? 'pointer' : '';
  });

  // ---------------------------------------------------------------- scenarios and results

  async function loadScenarios(selectId) {
    const picker = $('scenario-picker');
    try {
      const { body } = await fetchJson(`api/v1/parks/${enc(state.park.id)}/scenarios`);
      state.scenarios = body;
    } catch (e) {
      state.scenarios = [];
    }
    renderScenarioPicker();
    picker.value = selectId || '';
  }

  function renderScenarioPicker() {
    const picker = $('scenario-picker');
    const selected = picker.value;
    picker.replaceChildren(new Option(t('scenario.none'), ''));
    const newestFirst = [...state.scenarios].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    for (const s of newestFirst) {
      const when = s.createdAt ? new Date(s.createdAt).toLocaleString(I.language) : '';
      picker.append(new Option(`${s.name} v${s.version}${when ? ' · ' + when : ''}`, s.id));
    }
    picker.value = selected;
  }

  $('scenario-picker').onchange = () => {
    const id = $('scenario-picker').value;
    if (id) {
      showScenario(id).catch(e => showMessage(`${t('loadError')}: ${e.message}`));
    } else {
      clearResults();
      renderLayerSwitcher();
      renderSummary();
    }
  };

  async function showScenario(id) {
    const { body: scenario } = await fetchJson(`api/v1/parks/${enc(state.park.id)}/scenarios/${enc(id)}`);
    $('scenario-picker').value = id;
    showResults(scenario.content || {});
  }

  /** The result layers of a scenario's content or of an analysis answer (same members). */
  function showResults(content) {
    clearResults();
    if (content.linksGeoJson) addLayer('exchange-links', resultLayer('exchange-links', content.linksGeoJson), true);
    if (content.routesGeoJson) addLayer('routes', resultLayer('routes', content.routesGeoJson), true);
    const placements = content.kind === 'siting' && content.result && content.result.placements;
    if (Array.isArray(placements)) addLayer('siting', sitingLayer(placements), true);
    if (content.totals) {
      state.summary = { kind: 'exchange', data: content.totals, currency: content.currency };
    } else if (content.kind === 'siting' && content.result) {
      state.summary = {
        kind: 'siting', currency: content.currency,
        data: { totalPerYear: content.result.costs && content.result.costs.totalPerYear, savingPerYear: content.result.savingPerYear },
      };
    }
    renderLayerSwitcher();
    renderSummary();
  }

  /** Each plant of a siting at its assigned parcel (a point inside the parcel). */
  function sitingLayer(placements) {
    const byId = (layerName, id) => featuresOf(layerName).find(f => f.get('id') === id);
    const features = [];
    for (const p of placements) {
      const parcel = byId('parcels', p.parcelId);
      const plant = byId('plants', p.plantId);
      // existing plants stay where they are; the siting's news is where the proposed ones go
      const proposed = plant ? plant.get('status') === 'proposed' : !p.pinned;
      if (!parcel || !proposed) continue;
      const g = parcel.getGeometry();
      const point = g.getType() === 'Polygon' ? g.getInteriorPoint()
        : g.getType() === 'MultiPolygon' ? new ol.geom.Point(g.getInteriorPoints().getCoordinates()[0])
          : new ol.geom.Point(ol.extent.getCenter(g.getExtent()));
      features.push(new ol.Feature({
        geometry: new ol.geom.Point(point.getCoordinates().slice(0, 2)),
        plantId: p.plantId,
        name: plant ? plant.get('name') : p.plantId,
        parcelId: p.parcelId,
        pinned: p.pinned,
      }));
    }
    return new ol.layer.Vector({ style: S.byLayer.siting, source: new ol.source.Vector({ features }) });
  }

  function totalsTable(table, data, currency) {
    table.replaceChildren();
    if (!data) return;
    const money = new Set(['moneySavedPerYear', 'totalPerYear', 'savingPerYear']);
    for (const [key, value] of Object.entries(data)) {
      if (value === null || value === undefined) continue;
      const row = table.insertRow();
      row.insertCell().textContent = attributeLabel(key);
      const cell = row.insertCell();
      cell.className = 'num';
      cell.textContent = formatNumber(value) + (money.has(key) && currency ? ' ' + currency : '');
    }
  }

  function renderSummary() {
    const div = $('scenario-summary');
    div.replaceChildren();
    if (!state.summary) return;
    const table = document.createElement('table');
    table.className = 'totals';
    totalsTable(table, state.summary.data, state.summary.currency);
    div.append(table);
  }

  function renderExchangeTotals() {
    const totals = state.exchangeTotals;
    totalsTable($('exchange-totals'), totals && totals.data, totals && totals.currency);
  }

  // ---------------------------------------------------------------- analyses

  /** Operation paths the server documents, with parameter names blanked: '/api/v1/parks/{}/…'. */
  async function documentedPaths() {
    try {
      const { body } = await fetchJson('v3/api-docs');
      return new Set(Object.keys(body.paths || {}).map(p => p.replace(/\{[^}]+\}/g, '{}')));
    } catch (e) {
      return new Set();
    }
  }

  const ANALYSES = {
    exchange: '/api/v1/parks/{}/exchanges/analyses',
    siting: '/api/v1/parks/{}/siting/jobs',
    network: '/api/v1/parks/{}/routing/networks',
  };

  async function setUpAnalyses() {
    const paths = await documentedPaths();
    let any = false;
    for (const [name, path] of Object.entries(ANALYSES)) {
      const present = paths.has(path);
      $('analysis-' + name).hidden = !present;
      any = any || present;
    }
    $('analysis-none').hidden = any;
  }

  function setStatus(id, text, error) {
    const el = $(id);
    el.textContent = text || '';
    el.classList.toggle('error', Boolean(error));
  }

  $('exchange-run').onclick = async () => {
    const button = $('exchange-run');
    button.disabled = true;
    setStatus('exchange-status', t('running'));
    try {
      const { body } = await fetchJson(`api/v1/parks/${enc(state.park.id)}/exchanges/analyses`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ mip: $('exchange-mip').checked, saveScenario: true }),
      });
      state.exchangeTotals = { data: body.totals, currency: body.currency };
      renderExchangeTotals();
      await loadScenarios(body.scenarioId);
      showResults(body);
      setStatus('exchange-status', t('done'));
    } catch (e) {
      setStatus('exchange-status', `${t('failed')}: ${e.message}`, true);
    } finally {
      button.disabled = false;
    }
  };

  /**
   * Follows a job (DESIGN.md §7) to its end: server-sent events from {job}/events, or polling the
   * job when the stream fails. Resolves with the final job.
   */
  function followJob(jobUrl, onProgress) {
    return new Promise(resolve => {
      let finished = false;
      const finish = job => {
        if (!finished) { finished = true; resolve(job); }
      };
      const poll = async () => {
        while (!finished) {
          try {
            const { body } = await fetchJson(jobUrl);
            onProgress(body);
            if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(body.state)) { finish(body); return; }
          } catch (e) {
            finish({ state: 'FAILED', error: e.message });
            return;
          }
          await new Promise(r => setTimeout(r, 1000));
        }
      };
      if (!window.EventSource) { poll(); return; }
      const events = new EventSource(jobUrl + '/events');
      events.addEventListener('progress', e => onProgress(JSON.parse(e.data)));
      events.addEventListener('done', e => {
        events.close();
        const job = JSON.parse(e.data);
        onProgress(job);
        finish(job);
      });
      events.onerror = () => {
        events.close();
        if (!finished) poll();
      };
    });
  }

  /** Runs an analysis that answers a job (202) or a result at once, and shows what it made. */
  function jobPanel(name, start) {
    const run = $(name + '-run') || $(name + '-start');
    const cancel = $(name + '-cancel');
    const bar = $(name + '-progress');
    const status = name + '-status';
    let jobUrl = null;
    cancel.onclick = async () => {
      if (!jobUrl) return;
      cancel.disabled = true;
      try { await fetch(jobUrl, { method: 'DELETE' }); } catch (e) { /* the job ends on its own */ }
    };
    run.onclick = async () => {
      run.disabled = true;
      setStatus(status, t('running'));
      bar.value = 0;
      bar.hidden = false;
      try {
        const { body, response } = await start();
        let outcome = body;
        if (response.status === 202) {
          jobUrl = response.headers.get('Location') || `${response.url}/${enc(body.id)}`;
          cancel.hidden = false;
          cancel.disabled = false;
          const job = await followJob(jobUrl, j => {
            const p = j.progress || {};
            if (typeof p.fraction === 'number') bar.value = p.fraction; else bar.removeAttribute('value');
            const best = typeof p.bestObjective === 'number' ? ` · ${formatNumber(Math.round(p.bestObjective))}` : '';
            setStatus(status, `${t('running')} ${typeof p.fraction === 'number' ? Math.round(p.fraction * 100) + ' %' : ''}${best}`);
          });
          if (job.state !== 'SUCCEEDED') {
            setStatus(status, job.state === 'CANCELLED' ? t('cancelled') : `${t('failed')}: ${job.error || ''}`,
              job.state !== 'CANCELLED');
            return;
          }
          outcome = job.result || {};
        }
        bar.value = 1;
        if (outcome.scenarioId) {
          await loadScenarios(outcome.scenarioId);
          await showScenario(outcome.scenarioId);
        } else {
          showResults(outcome);
        }
        setStatus(status, t('done'));
      } catch (e) {
        setStatus(status, `${t('failed')}: ${e.message}`, true);
      } finally {
        run.disabled = false;
        cancel.hidden = true;
        jobUrl = null;
      }
    };
  }

  const postJson = (path, body) => fetchJson(path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  jobPanel('siting', () => postJson(`api/v1/parks/${enc(state.park.id)}/siting/jobs`,
    { seconds: Math.min(600, Math.max(1, Number($('siting-seconds').value) || 10)) }));
  jobPanel('network', () => {
    const request = { carrier: $('network-carrier').value };
    // plan the network for the exchanges on show, when a saved exchange analysis is
    const shown = state.scenarios.find(s => s.id === $('scenario-picker').value);
    if (shown && shown.content && shown.content.linksGeoJson) request.scenario = shown.id;
    return postJson(`api/v1/parks/${enc(state.park.id)}/routing/networks`, request);
  });

  /** Carriers a network may be planned for: piped resources, those the park's plants exchange first. */
  function renderCarrierPicker() {
    const picker = $('network-carrier');
    const selected = picker.value;
    const inPark = new Set();
    for (const f of featuresOf('plants')) {
      for (const s of streamsOf(f)) inPark.add(s.resource);
    }
    const piped = [...state.resources.values()].filter(r => r.transport === 'pipeline');
    const ordered = piped.filter(r => inPark.has(r.id)).concat(piped.filter(r => !inPark.has(r.id)));
    picker.replaceChildren(...ordered.map(r => new Option(resourceName(r.id), r.id)));
    if (selected && ordered.some(r => r.id === selected)) picker.value = selected;
  }

  // ---------------------------------------------------------------- measure tool

  function formatLength(m) {
    return m >= 1000 ? `${formatNumber(Math.round(m / 10) / 100)} km` : `${formatNumber(Math.round(m * 10) / 10)} m`;
  }

  function formatArea(m2) {
    if (m2 >= 1e6) return `${formatNumber(Math.round(m2 / 1e4) / 100)} km²`;
    if (m2 >= 1e4) return `${formatNumber(Math.round(m2 / 100) / 100)} ha`;
    return `${formatNumber(Math.round(m2))} m²`;
  }

  /** Geodesic length or area on the WGS 84 sphere (ol/sphere), not the web-mercator plane. */
  function measureText(geometry) {
    return geometry.getType() === 'Polygon'
      ? formatArea(ol.sphere.getArea(geometry, { projection: VIEW_PROJECTION }))
      : formatLength(ol.sphere.getLength(geometry, { projection: VIEW_PROJECTION }));
  }

  function startMeasure(type) {
    stopMeasure();
    const draw = new ol.interaction.Draw({ source: measureSource, type, style: S.measure });
    let tooltip = null;
    draw.on('drawstart', evt => {
      closePopup();
      const element = document.createElement('div');
      element.className = 'measure-tooltip';
      tooltip = new ol.Overlay({ element, offset: [0, -12], positioning: 'bottom-center', stopEvent: false });
      map.addOverlay(tooltip);
      evt.feature.getGeometry().on('change', e => {
        const g = e.target;
        element.textContent = measureText(g);
        tooltip.setPosition(g.getType() === 'Polygon' ? g.getInteriorPoint().getCoordinates() : g.getLastCoordinate());
      });
    });
    draw.on('drawend', evt => {
      const text = measureText(evt.feature.getGeometry());
      $('measure-result').removeAttribute('data-i18n');
      $('measure-result').textContent = text;
      evt.feature.set('tooltip', tooltip);
    });
    map.addInteraction(draw);
    state.measuring = { draw, type };
    $('measure-distance').classList.toggle('active', type === 'LineString');
    $('measure-area').classList.toggle('active', type === 'Polygon');
  }

  function stopMeasure() {
    if (state.measuring) map.removeInteraction(state.measuring.draw);
    state.measuring = null;
    $('measure-distance').classList.remove('active');
    $('measure-area').classList.remove('active');
  }

  function toggleMeasure(type) {
    if (state.measuring && state.measuring.type === type) stopMeasure(); else startMeasure(type);
  }

  $('measure-distance').onclick = () => toggleMeasure('LineString');
  $('measure-area').onclick = () => toggleMeasure('Polygon');
  $('measure-clear').onclick = () => {
    stopMeasure();
    for (const f of measureSource.getFeatures()) {
      const tip = f.get('tooltip');
      if (tip) map.removeOverlay(tip);
    }
    measureSource.clear();
    for (const o of [...map.getOverlays().getArray()]) {
      if (o !== popup) map.removeOverlay(o);
    }
    const result = $('measure-result');
    result.dataset.i18n = 'measure.hint';
    result.textContent = t('measure.hint');
  };

  // ---------------------------------------------------------------- base map

  function setBasemap(url) {
    const trimmed = (url || '').trim();
    if (trimmed) {
      basemap.setSource(new ol.source.XYZ({ url: trimmed, crossOrigin: null }));
      basemap.setVisible(true);
      localStorage.setItem(BASEMAP_KEY, trimmed);
    } else {
      basemap.setVisible(false);
      basemap.setSource(null);
      localStorage.removeItem(BASEMAP_KEY);
    }
  }

  $('basemap-url').value = localStorage.getItem(BASEMAP_KEY) || '';
  $('basemap-url').onchange = () => setBasemap($('basemap-url').value);
  setBasemap($('basemap-url').value);

  // ---------------------------------------------------------------- language

  function applyLanguage() {
    I.apply();
    document.title = t('title');
    $('language-picker').value = I.language;
    if (!state.park) return;
    renderLayerSwitcher();
    renderScenarioPicker();
    renderSummary();
    renderExchangeTotals();
    renderCarrierPicker();
    if (state.popupFeature) {
      const { feature, layerName, coordinate } = state.popupFeature;
      openPopup(feature, layerName, coordinate);
    }
  }

  $('language-picker').onchange = () => {
    I.set($('language-picker').value);
    applyLanguage();
  };

  // ---------------------------------------------------------------- start

  applyLanguage();
  Promise.all([loadResources(), setUpAnalyses()])
    .then(loadParks)
    .then(applyLanguage)
    .catch(e => {
      debug.error = e.message;
      showMessage(`${t('loadError')}: ${e.message}`);
    });
})();

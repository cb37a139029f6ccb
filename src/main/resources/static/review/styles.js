// How each layer is drawn in the page. Colours follow the SLD files in styles/ (parcels by zoning,
// plants by industry group and status, pipelines by carrier, corridors by kind) so the page and a
// WMS map of the same park read alike.
'use strict';

window.ReviewStyles = (() => {
  const { Style, Fill, Stroke, Circle, RegularShape, Text } = ol.style;

  const ZONING = {
    'industrial-light': '#c9a6e0', 'industrial-heavy': '#8a63b3', 'chemical': '#b54a86', 'logistics': '#a4adb9',
    'utility': '#6f91c6', 'commercial': '#e88f8f', 'agricultural': '#e6df97', 'residential': '#f2c27b',
    'green': '#9ccf86', 'protected': '#3f8f4a', 'other': '#e4e4e4',
  };
  const INDUSTRY_GROUP = {
    'energy': '#e31a1c', 'water-waste': '#1f78b4', 'food': '#ff7f00', 'wood-paper': '#8c510a',
    'chemicals': '#c51b7d', 'minerals': '#7f7f7f', 'metals': '#4d4d4d', 'machinery': '#01665e',
    'other-manufacturing': '#6a3d9a', 'agriculture': '#33a02c', 'logistics': '#b2a000', 'other': '#999999',
  };
  const CARRIER = {
    'steam': '#d7301f', 'hot_water': '#fc8d59', 'waste_heat': '#fdae61', 'cooling_water': '#9ecae1',
    'fresh_water': '#2171b5', 'process_water': '#6baed6', 'treated_wastewater': '#41b6c4', 'wastewater': '#8c6d31',
    'biogas': '#31a354', 'fuel_gas': '#74c476', 'hydrogen': '#756bb1', 'co2': '#636363', 'other': '#444444',
  };
  const CORRIDOR = {
    'road': { stroke: '#9a9a9a', width: 4 },
    'utility': { stroke: '#9c7fd1', width: 3, dash: [8, 5] },
    'rail': { stroke: '#3d3d3d', width: 2, dash: [10, 6] },
    'river': { stroke: '#4a90d9', width: 5, fill: 'rgba(74,144,217,0.45)' },
    'protected': { stroke: '#2e7d32', width: 1.5, fill: 'rgba(46,125,50,0.18)', dash: [4, 3] },
    'building': { stroke: '#6d6d6d', width: 1, fill: 'rgba(120,120,120,0.45)' },
    'other': { stroke: '#b07030', width: 2, fill: 'rgba(176,112,48,0.2)' },
  };

  /** ISIC rev.4 section and division to the map's industry group, as maps.IndustryGroup does on the server. */
  function industryGroup(isic) {
    if (!isic) return 'other';
    const section = isic.charAt(0).toUpperCase();
    switch (section) {
      case 'D': return 'energy';
      case 'E': return 'water-waste';
      case 'A': return 'agriculture';
      case 'H': return 'logistics';
      case 'C': {
        const division = parseInt(isic.substring(1, 3), 10);
        if (Number.isNaN(division)) return 'other-manufacturing';
        if (division <= 12) return 'food';
        if (division >= 16 && division <= 18) return 'wood-paper';
        if (division >= 19 && division <= 22) return 'chemicals';
        if (division === 23) return 'minerals';
        if (division === 24 || division === 25) return 'metals';
        if (division >= 26 && division <= 30) return 'machinery';
        return 'other-manufacturing';
      }
      default: return 'other';
    }
  }

  function withAlpha(hex, alpha) {
    const n = parseInt(hex.slice(1), 16);
    return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
  }

  const cache = new Map();
  function cached(key, make) {
    let s = cache.get(key);
    if (!s) { s = make(); cache.set(key, s); }
    return s;
  }

  function parcel(feature) {
    const zoning = ZONING[feature.get('zoning')] ? feature.get('zoning') : 'other';
    const reserved = feature.get('status') === 'reserved';
    return cached('parcel:' + zoning + reserved, () => new Style({
      fill: new Fill({ color: withAlpha(ZONING[zoning], 0.75) }),
      stroke: new Stroke({ color: '#4d4d4d', width: 0.8, lineDash: reserved ? [4, 3] : undefined }),
    }));
  }

  function plant(feature) {
    const group = industryGroup(feature.get('industry'));
    const proposed = feature.get('status') === 'proposed';
    const colour = INDUSTRY_GROUP[group];
    const point = feature.getGeometry() && feature.getGeometry().getType() === 'Point';
    return cached('plant:' + group + proposed + point, () => point
      ? new Style({
        image: new Circle({
          radius: 7,
          fill: new Fill({ color: proposed ? '#ffffff' : colour }),
          stroke: new Stroke({ color: proposed ? colour : '#1a1a1a', width: proposed ? 3 : 1.2 }),
        }),
      })
      : new Style({
        fill: new Fill({ color: withAlpha(colour, proposed ? 0.25 : 0.6) }),
        stroke: new Stroke({ color: colour, width: 2, lineDash: proposed ? [6, 4] : undefined }),
      }));
  }

  function pipeline(feature) {
    const carrier = CARRIER[feature.get('carrier')] ? feature.get('carrier') : 'other';
    const proposed = feature.get('status') === 'proposed';
    return cached('pipeline:' + carrier + proposed, () => [
      new Style({ stroke: new Stroke({ color: '#ffffff', width: 5 }) }),
      new Style({ stroke: new Stroke({ color: CARRIER[carrier], width: 3, lineDash: proposed ? [8, 6] : undefined }) }),
    ]);
  }

  function corridor(feature) {
    const kind = CORRIDOR[feature.get('kind')] ? feature.get('kind') : 'other';
    const c = CORRIDOR[kind];
    return cached('corridor:' + kind, () => new Style({
      fill: c.fill ? new Fill({ color: c.fill }) : undefined,
      stroke: new Stroke({ color: c.stroke, width: c.width, lineDash: c.dash }),
    }));
  }

  /** Exchange links: width by quantity, relative to the largest link of the same unit in the layer. */
  function exchangeLinks(maxQuantityByUnit) {
    return feature => {
      const q = Number(feature.get('quantity')) || 0;
      const max = maxQuantityByUnit[feature.get('unit')] || q || 1;
      const width = 1.5 + 8.5 * Math.sqrt(Math.max(0, q) / max);
      const truck = feature.get('mode') === 'truck';
      return new Style({
        stroke: new Stroke({ color: truck ? 'rgba(49,130,189,0.85)' : 'rgba(230,85,13,0.85)', width,
          lineDash: truck ? [10, 6] : undefined, lineCap: 'round' }),
      });
    };
  }

  const routes = new Style({ stroke: new Stroke({ color: '#d95f0e', width: 4, lineCap: 'round' }) });

  function siting(feature) {
    return new Style({
      image: new RegularShape({
        points: 5, radius: 10, radius2: 4.5, angle: 0,
        fill: new Fill({ color: '#ffd92f' }), stroke: new Stroke({ color: '#b30000', width: 1.5 }),
      }),
      text: new Text({
        text: String(feature.get('plantId') || ''), offsetY: -16, font: '12px system-ui, sans-serif',
        fill: new Fill({ color: '#222' }), stroke: new Stroke({ color: '#fff', width: 3 }),
      }),
    });
  }

  const measure = new Style({
    fill: new Fill({ color: 'rgba(255,255,255,0.35)' }),
    stroke: new Stroke({ color: '#c00000', width: 2, lineDash: [6, 4] }),
    image: new Circle({ radius: 4, fill: new Fill({ color: '#c00000' }) }),
  });

  /**
   * Swatches for the in-page legend, used when the WMS legend graphic cannot be had: one per value
   * present in the layer, as {key (i18n), fill?, stroke?, dash?, shape}.
   */
  function legendEntries(layerName, features) {
    const present = (prop, map) => [...new Set(features.map(f => map(f.get(prop))))].sort();
    switch (layerName) {
      case 'parcels':
        return present('zoning', z => (ZONING[z] ? z : 'other'))
          .map(z => ({ key: 'zoning.' + z, fill: withAlpha(ZONING[z], 0.75), stroke: '#4d4d4d', shape: 'box' }));
      case 'plants': {
        const entries = present('industry', industryGroup)
          .map(g => ({ key: 'group.' + g, fill: INDUSTRY_GROUP[g], stroke: '#1a1a1a', shape: 'dot' }));
        if (features.some(f => f.get('status') === 'proposed')) {
          entries.push({ key: 'status.proposed', fill: '#ffffff', stroke: '#555', shape: 'dot' });
        }
        return entries;
      }
      case 'pipelines':
        return present('carrier', c => (CARRIER[c] ? c : 'other'))
          .map(c => ({ resource: c, stroke: CARRIER[c], shape: 'line' }));
      case 'corridors':
        return present('kind', k => (CORRIDOR[k] ? k : 'other'))
          .map(k => ({ key: 'kind.' + k, stroke: CORRIDOR[k].stroke, fill: CORRIDOR[k].fill, dash: CORRIDOR[k].dash,
            shape: CORRIDOR[k].fill ? 'box' : 'line' }));
      case 'exchange-links':
        return [{ key: 'mode.pipe', stroke: 'rgba(230,85,13,0.85)', shape: 'line', width: 5 },
          { key: 'mode.truck', stroke: 'rgba(49,130,189,0.85)', shape: 'line', dash: [6, 3], width: 3 }];
      case 'routes':
        return [{ key: 'layer.routes', stroke: '#d95f0e', shape: 'line', width: 4 }];
      case 'siting':
        return [{ key: 'proposedPlant', fill: '#ffd92f', stroke: '#b30000', shape: 'dot' }];
      default:
        return [];
    }
  }

  return {
    industryGroup,
    byLayer: { parcels: parcel, plants: plant, pipelines: pipeline, corridors: corridor, routes: () => routes, siting },
    exchangeLinks,
    measure,
    legendEntries,
  };
})();

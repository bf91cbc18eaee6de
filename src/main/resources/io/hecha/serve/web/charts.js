// Charts drawn from their data (categories, series values as the chart caches them) as inline SVG.
import {el, svg} from './dom.js';

const COLOURS = ['#3b6fb6', '#e08a2e', '#4c9a5b', '#b8464b', '#7b5ea7', '#8c6d46', '#d46fa8', '#6b7b8c'];
const W = 560, H = 260, PAD = {l: 48, r: 12, t: 16, b: 48};

export function chart(c) {
  const values = c.series.map(s => s.values.map(v => (v === '' ? NaN : parseFloat(v))));
  const body = c.type === 'pie' ? pie(c, values) : axes(c, values, c.type === 'line');
  const legend = el('div', {class: 'legend'}, c.series.map((s, i) =>
    el('span', {class: 'key'}, swatch(i), s.name || `系列${i + 1}`)));
  return el('div', {class: 'chart-body'}, body, legend);
}

function swatch(i) {
  return svg('svg', {width: 10, height: 10, class: 'swatch'}, svg('rect', {width: 10, height: 10, fill: COLOURS[i % COLOURS.length]}));
}

function axes(c, values, line) {
  const flat = values.flat().filter(v => !isNaN(v));
  const max = Math.max(0, ...flat), min = Math.min(0, ...flat);
  const span = max - min || 1;
  const n = Math.max(1, c.categories.length);
  const plotW = W - PAD.l - PAD.r, plotH = H - PAD.t - PAD.b;
  const y = v => PAD.t + plotH * (max - v) / span;
  const g = svg('svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', role: 'img'});
  g.append(svg('line', {x1: PAD.l, y1: y(0), x2: W - PAD.r, y2: y(0), class: 'axis'}));
  g.append(svg('line', {x1: PAD.l, y1: PAD.t, x2: PAD.l, y2: PAD.t + plotH, class: 'axis'}));
  for (const v of [max, min === 0 ? max / 2 : min]) {
    g.append(svg('text', {x: PAD.l - 4, y: y(v) + 4, class: 'tick', 'text-anchor': 'end'}, fmt(v)));
  }
  const band = plotW / n;
  c.categories.forEach((cat, i) => {
    g.append(svg('text', {x: PAD.l + band * (i + 0.5), y: H - PAD.b + 16, class: 'cat', 'text-anchor': 'middle'}, cat));
  });
  values.forEach((vs, s) => {
    const colour = COLOURS[s % COLOURS.length];
    if (line) {
      const pts = vs.map((v, i) => isNaN(v) ? null : `${PAD.l + band * (i + 0.5)},${y(v)}`).filter(Boolean);
      g.append(svg('polyline', {points: pts.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2}));
    }
    const bw = band * 0.8 / values.length;
    vs.forEach((v, i) => {
      if (isNaN(v)) return;
      const printed = c.series[s].values[i];
      if (line) {
        g.append(svg('circle', {cx: PAD.l + band * (i + 0.5), cy: y(v), r: 3, fill: colour}, svg('title', null, printed)));
        return;
      }
      const x = PAD.l + band * i + band * 0.1 + bw * s;
      g.append(svg('rect', {x, y: Math.min(y(v), y(0)), width: Math.max(1, bw - 2), height: Math.abs(y(v) - y(0)), fill: colour},
        svg('title', null, `${c.categories[i] || ''} ${printed}`)));
      g.append(svg('text', {x: x + bw / 2, y: Math.min(y(v), y(0)) - 3, class: 'val', 'text-anchor': 'middle'}, shortNumber(printed)));
    });
  });
  return g;
}

function pie(c, values) {
  const vs = (values[0] || []).map(v => (isNaN(v) || v < 0 ? 0 : v));
  const total = vs.reduce((a, b) => a + b, 0) || 1;
  const g = svg('svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', role: 'img'});
  const cx = H / 2, cy = H / 2, r = H / 2 - 16;
  let a = -Math.PI / 2;
  vs.forEach((v, i) => {
    const b = a + 2 * Math.PI * v / total;
    const large = b - a > Math.PI ? 1 : 0;
    const d = v >= total ? `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
      : `M ${cx} ${cy} L ${cx + r * Math.cos(a)} ${cy + r * Math.sin(a)} A ${r} ${r} 0 ${large} 1 ${cx + r * Math.cos(b)} ${cy + r * Math.sin(b)} Z`;
    g.append(svg('path', {d, fill: COLOURS[i % COLOURS.length]}, svg('title', null, `${c.categories[i] || ''} ${c.series[0].values[i]}`)));
    g.append(svg('text', {x: H + 10, y: 24 + i * 18, class: 'cat'}, `${c.categories[i] || ''}：${c.series[0].values[i]}`));
    a = b;
  });
  return g;
}

function fmt(v) {
  return Math.abs(v) >= 100 ? v.toFixed(0) : String(Math.round(v * 100) / 100);
}

/** A cached value like 0.86670000000000003 shown short (the title keeps it as cached). */
function shortNumber(s) {
  const v = parseFloat(s);
  if (isNaN(v)) return s;
  return String(Math.round(v * 10000) / 10000);
}

// The document rendered from its JSON: paragraphs (headings as headings), tables with their merged
// cells as real rowspan/colspan, charts drawn from their data, all in reading order; sentences that
// findings point at are wrapped in spans. Every text is set as text.
import {el} from './dom.js';
import {chart} from './charts.js';

/**
 * Renders the body. `sentences` maps a paragraph index to [{start, end, key}] ranges.
 * Returns {root, find(ref) -> element|null, sentence(key) -> [spans], heading(index) -> element|null}.
 */
export function renderDocument(doc, sentences) {
  const root = el('article', {id: 'document'});
  const byIndex = new Map();   // provenance index -> first paragraph element (for the outline)
  const spans = new Map();     // range key -> spans
  const grids = [];            // table index -> grid of cell elements
  const blocks = [];
  (doc.paragraphs || []).forEach((p, i) => blocks.push({at: idx(p), kind: 0, i}));
  (doc.tables || []).forEach((t, i) => blocks.push({at: idx(t), kind: 1, i}));
  (doc.charts || []).forEach((c, i) => blocks.push({at: idx(c), kind: 2, i}));
  blocks.sort((a, b) => a.at - b.at || a.kind - b.kind || a.i - b.i);
  let previous = '';  // the text of the block before, so a caption printed as a paragraph is not repeated
  for (const b of blocks) {
    if (b.kind === 0) {
      const p = doc.paragraphs[b.i];
      previous = p.text || '';
      const e = paragraph(p, b.i, sentences.get(b.i) || [], spans);
      if (!byIndex.has(idx(p))) byIndex.set(idx(p), e);
      root.append(e);
    } else if (b.kind === 1) {
      const grid = [];
      grids[b.i] = grid;
      root.append(table(doc.tables[b.i], b.i, grid, caption(doc.tables[b.i], previous)));
      previous = '';
    } else {
      const c = doc.charts[b.i];
      root.append(el('figure', {class: 'chart', id: 'c' + b.i, dataset: {ref: '#/charts/' + b.i}},
        caption(c, previous), chart(c)));
      previous = '';
    }
  }
  if (!blocks.length) root.append(el('p', {class: 'note'}, '此文档没有可显示的正文。'));

  function find(ref) {
    let m = /^#\/tables\/(\d+)\/cells\/(\d+)\/(\d+)$/.exec(ref);
    if (m) {
      const row = (grids[+m[1]] || [])[+m[2]];
      return (row && row[+m[3]]) || null;
    }
    m = /^#\/(tables|paragraphs|charts)\/(\d+)$/.exec(ref);
    if (!m) return null;
    return document.getElementById({tables: 't', paragraphs: 'p', charts: 'c'}[m[1]] + m[2]);
  }
  return {root, find, sentence: key => spans.get(key) || [], heading: index => byIndex.get(index) || null};
}

/** The figure's caption; only its id when the paragraph just before already printed the caption. */
function caption(x, previous) {
  const squeeze = s => (s || '').replace(/\s+/g, '');
  const printed = x.caption && squeeze(previous) === squeeze(x.caption);
  return el('figcaption', {class: printed ? 'id-only' : null}, printed ? x.id : (x.caption || x.id));
}

function idx(x) {
  return x.provenance ? x.provenance.index : 0;
}

function paragraph(p, i, ranges, spans) {
  const level = p.headingLevel || 0;
  const e = el(level > 0 ? 'h' + Math.min(6, level + 1) : 'p',
    {id: 'p' + i, class: 'para' + (level > 0 ? ' heading' : ''), dataset: {ref: '#/paragraphs/' + i}});
  if (p.number) e.append(el('span', {class: 'pnum'}, p.number), ' ');
  const text = p.text || '';
  if (!ranges.length) {
    e.append(text);
    return e;
  }
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let j = 0; j + 1 < points.length; j++) {
    const a = points[j], b = points[j + 1];
    const piece = text.slice(a, b);
    const covering = ranges.filter(r => r.start <= a && r.end >= b);
    if (!covering.length) {
      e.append(piece);
      continue;
    }
    const s = el('span', {class: 'hl-s', dataset: {keys: covering.map(r => r.key).join(' ')}}, piece);
    for (const r of covering) {
      if (!spans.has(r.key)) spans.set(r.key, []);
      spans.get(r.key).push(s);
    }
    e.append(s);
  }
  return e;
}

function table(t, ti, grid, figcaption) {
  const header = t.headerRows || 0;
  const rows = [];
  for (let r = 0; r < (t.rowCount || 0); r++) rows.push([]);
  for (const c of t.cells || []) (rows[c.row] || (rows[c.row] = [])).push(c);
  const thead = el('thead'), tbody = el('tbody');
  rows.forEach((cells, r) => {
    const tr = el('tr');
    cells.sort((a, b) => a.column - b.column);
    for (const c of cells) {
      const td = el(r < header ? 'th' : 'td', {
        id: ti === null ? null : `t${ti}-${c.row}-${c.column}`,
        rowspan: c.rowSpan > 1 ? c.rowSpan : null, colspan: c.colSpan > 1 ? c.colSpan : null,
        dataset: ti === null ? null : {ref: `#/tables/${ti}/cells/${c.row}/${c.column}`},
      }, c.text || '');
      for (const nested of c.tables || []) td.append(table(nested, null, []));
      for (let dr = 0; dr < Math.max(1, c.rowSpan); dr++) {
        for (let dc = 0; dc < Math.max(1, c.colSpan); dc++) {
          (grid[c.row + dr] || (grid[c.row + dr] = []))[c.column + dc] = td;
        }
      }
      tr.append(td);
    }
    (r < header ? thead : tbody).append(tr);
  });
  const tableEl = el('table', {class: 'doc-table'}, header ? thead : null, tbody);
  if (ti === null) return tableEl;
  return el('figure', {class: 'tbl', id: 't' + ti, dataset: {ref: '#/tables/' + ti}},
    figcaption, el('div', {class: 'scroll'}, tableEl));
}

// The search box over the corpus index (shown when OUTPUT_DIR/index exists): full text, facets that
// narrow the search, hits linked to their report and snippets to their place in it.
import {api, clear, el} from './dom.js';

const FACET_NAMES = {year: '年度', type: '类型', grade: '等级', region: '地区', error: '错误规则'};

/** The hash of a search. */
export function searchHash(q, where) {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  if (where) p.set('where', where);
  return '#/search?' + p.toString();
}

export async function showSearch(app, params) {
  const q = params.get('q') || '', where = params.get('where') || '';
  document.getElementById('search-q').value = q;
  const res = await api('/api/search?' + new URLSearchParams({q, where}).toString());
  const narrow = (field, value) => {
    const c = `${field}="${value.replace(/"/g, '')}"`;
    location.hash = searchHash(q, where ? `${where} AND ${c}` : c);
  };
  clear(app).append(el('section', {id: 'search-results'},
    el('div', {class: 'toolbar'}, el('a', {href: '#/', class: 'back'}, '← 报告列表'),
      el('span', {class: 'count'}, `找到 ${res.total} 份报告（${res.millis} 毫秒）`),
      where ? el('span', {class: 'where'}, '条件：', where, ' ', el('a', {href: searchHash(q, '')}, '清除')) : null),
    res.warnings.map(w => el('p', {class: 'note'}, w)),
    el('div', {class: 'search-cols'},
      el('nav', {class: 'facets'}, Object.entries(res.facets).map(([field, values]) => values.length ? el('div', {class: 'facet'},
        el('h3', null, FACET_NAMES[field] || field),
        el('ul', null, values.map(v => el('li', null,
          el('button', {type: 'button', class: 'facet-value', onclick: () => narrow(field, v.value)}, v.value),
          ' ', el('span', {class: 'count'}, v.count))))) : null)),
      el('ol', {class: 'hits'}, res.hits.map(hit)))));
}

function hit(h) {
  const f = h.fields;
  const title = f.file || h.id;
  const link = (text, ref) => h.report
    ? el('a', {href: '#/report/' + encodeURIComponent(h.report) + (ref ? '?ref=' + encodeURIComponent(ref) : '')}, text)
    : el('span', null, text);
  return el('li', {class: 'hit'},
    el('div', {class: 'hit-title'}, link(title, null)),
    el('div', {class: 'facts'}, [f.type, f.subject, f.year, f.grade].filter(Boolean).join(' · ')),
    el('ul', {class: 'snippets'}, (h.snippets || []).map(s => el('li', null, marked(s),
      s.location && s.location.ref ? [' ', link('→ ' + where(s.location), s.location.ref)] : null))));
}

/** A snippet's text with its highlighted ranges in <mark>, as text nodes. */
function marked(s) {
  const out = el('span', {class: 'snippet'});
  let at = 0;
  for (const [a, b] of s.highlights) {
    if (a > at) out.append(s.text.slice(at, a));
    out.append(el('mark', null, s.text.slice(a, b)));
    at = b;
  }
  out.append(s.text.slice(at));
  return out;
}

function where(l) {
  return [l.table, l.rowLabel, l.columnLabel].filter(Boolean).join(' ') || l.sectionPath || l.ref;
}

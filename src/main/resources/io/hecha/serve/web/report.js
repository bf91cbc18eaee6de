// One report: the outline, the document with every finding marked where it stands (cells and
// sentences outlined, the printed value and the computed interval beside them), the findings panel
// (each item jumps to its place) with the reviewer's decision, and for PDFs the page view.
import {api, clear, el, SEVERITY, statusOf} from './dom.js';
import {renderDocument} from './document.js';
import {areas, openPages} from './pageview.js';

export async function showReport(app, id, info, ref) {
  const view = await api('/api/report?id=' + encodeURIComponent(id));
  const doc = view.document;
  const findings = view.findings;

  const sentences = new Map();
  findings.forEach((f, i) => f.targets.forEach((t, k) => {
    const m = /^#\/paragraphs\/(\d+)$/.exec(t.ref);
    if (!m || !t.chars) return;
    if (!sentences.has(+m[1])) sentences.set(+m[1], []);
    sentences.get(+m[1]).push({start: t.chars[0], end: t.chars[1], key: i + ':' + k});
  }));
  const rendered = renderDocument(doc, sentences);

  let active = -1;
  const items = [];
  const places = findings.map((f, i) => {
    const primary = primaryOf(f, rendered);
    return f.targets.map((t, k) => {
      const els = t.chars ? rendered.sentence(i + ':' + k) : [rendered.find(t.ref)].filter(Boolean);
      for (const e of els) {
        e.classList.add('hl', 'sev-' + f.severity);
        e.dataset.findings = ((e.dataset.findings || '') + ' ' + i).trim();
        if (!e.dataset.bound) {
          e.dataset.bound = '1';
          e.addEventListener('click', ev => { ev.stopPropagation(); select(+e.dataset.findings.split(' ')[0], false); });
        }
      }
      if (els.length) {
        const last = els[els.length - 1];
        const badge = el('span', {class: 'badge sev-' + f.severity, dataset: {finding: i},
          onclick: ev => { ev.stopPropagation(); select(i, false); }},
          '#' + f.n, k === primary && (f.actual || f.expected)
            ? [' 报告值 ', el('b', null, f.actual), f.expected ? [' · 计算值 ', el('b', null, f.expected)] : null]
            : ' 对照');
        if (last.tagName === 'TD' || last.tagName === 'TH' || last.tagName === 'FIGURE') last.append(badge);
        else last.after(badge);
        els.push(badge);
      }
      return {t, els, primary: k === primary};
    });
  });

  function select(i, scroll = true) {
    if (active >= 0) {
      for (const p of places[active]) for (const e of p.els) e.classList.remove('active');
      items[active].classList.remove('active');
    }
    active = i;
    for (const p of places[i]) for (const e of p.els) e.classList.add('active');
    items[i].classList.add('active');
    items[i].scrollIntoView({block: 'nearest'});
    if (scroll) {
      const target = places[i].find(p => p.primary && p.els.length) || places[i].find(p => p.els.length);
      if (target) target.els[0].scrollIntoView({block: 'center'});
    }
  }

  const pagesOk = view.pages.available;
  const showPage = (page, i) => openPages(id, view.pages, findings, page, i, j => select(j));
  findings.forEach((f, i) => items.push(findingItem(id, view, f, i, places[i], select, pagesOk ? showPage : null)));

  const row = view.row;
  const st = statusOf(row);
  const firstPage = findings.flatMap(f => f.targets.flatMap(areas)).map(a => a.page).find(Boolean) || 1;
  clear(app).append(el('section', {id: 'report', dataset: {id}},
    el('div', {class: 'report-head'},
      el('a', {href: '#/', class: 'back'}, '← 报告列表'),
      el('h1', null, row.file),
      el('div', {class: 'facts'},
        el('span', {class: 'status-mark ' + st.cls}, st.label), row.reason ? el('span', {class: 'reason'}, row.reason) : null,
        fact('类型', row.reportType), fact('被评价单位', row.subject), fact('年度', row.year), fact('得分', row.score),
        fact('等级', row.grade), fact('错误', row.errors), fact('警告', row.warnings),
        pagesOk ? el('button', {type: 'button', id: 'open-pages', onclick: () => showPage(firstPage, active)}, '页面视图')
          : (doc.source && doc.source.format === 'pdf' && view.pages.why ? el('span', {class: 'note'}, '无页面视图：', view.pages.why) : null)),
      diagnostics(doc.diagnostics || [])),
    el('div', {class: 'cols'},
      el('nav', {id: 'outline'}, el('h2', null, '目录'), outline(doc.sections || [], rendered)),
      el('div', {id: 'doc-pane'}, rendered.root),
      el('aside', {id: 'findings'}, el('h2', null, `问题（${findings.length}）`),
        view.decisionsUnavailable ? el('p', {class: 'note'}, '无法记录审核：', view.decisionsUnavailable) : null,
        findings.length ? el('ol', {class: 'finding-list'}, items) : el('p', {class: 'note'}, '没有发现问题。')))));
  window.scrollTo(0, 0);
  const wanted = ref ? rendered.find(ref) : null;  // from a search snippet: its place in the document
  if (wanted) {
    wanted.classList.add('flash');
    wanted.scrollIntoView({block: 'center'});
  }
}

/** The target that holds the printed claim (the finding's actual value), else the first. */
function primaryOf(f, rendered) {
  if (!f.actual) return 0;
  const k = f.targets.findIndex(t => (t.text || '').includes(f.actual));
  return k >= 0 ? k : 0;
}

function fact(label, value) {
  return value === '' || value === undefined || value === null ? null : el('span', {class: 'fact'}, label, '：', el('b', null, value));
}

function diagnostics(list) {
  if (!list.length) return null;
  return el('details', {class: 'diagnostics'}, el('summary', null, `读取诊断（${list.length}）`),
    el('ul', null, list.map(d => el('li', {class: 'sev-' + d.severity}, `[${d.severity}] ${d.code}：`, d.message, d.where ? `（${d.where}）` : ''))));
}

function outline(sections, rendered) {
  if (!sections.length) return el('p', {class: 'note'}, '没有章节。');
  return el('ul', null, sections.map(s => el('li', null,
    el('button', {type: 'button', class: 'outline-link', onclick: () => {
      const h = rendered.heading(s.provenance ? s.provenance.index : -1);
      if (h) h.scrollIntoView({block: 'start'});
    }}, s.number ? s.number + ' ' : '', s.title),
    s.children && s.children.length ? outline(s.children, rendered) : null)));
}

function findingItem(id, view, f, i, places, select, showPage) {
  const li = el('li', {class: 'finding sev-' + f.severity, id: 'f' + i, dataset: {rule: f.rule, n: f.n}});
  const head = el('div', {class: 'f-head', onclick: () => select(i)},
    el('span', {class: 'fnum'}, '#' + f.n), el('span', {class: 'sev'}, SEVERITY[f.severity] || f.severity),
    el('code', null, f.rule));
  li.append(head, el('div', {class: 'msg', onclick: () => select(i)}, f.message));
  if (f.actual || f.expected) {
    li.append(el('div', {class: 'vals'}, '报告值 ', el('b', {class: 'actual'}, f.actual), ' · 计算值 ', el('b', {class: 'expected'}, f.expected)));
  }
  const located = places.filter(p => p.els.length);
  li.append(el('div', {class: 'places'},
    located.length ? located.map(p => [
      el('button', {type: 'button', class: 'place', onclick: () => {
        select(i, false);
        p.els[0].scrollIntoView({block: 'center'});
      }}, p.t.where || p.t.ref),
      showPage && areas(p.t).length ? el('button', {type: 'button', class: 'page-link',
        onclick: () => showPage(areas(p.t)[0].page, i)}, `第${areas(p.t)[0].page}页`) : null])
      : el('span', {class: 'note'}, '文中未找到其位置' + (f.location ? '：' + f.location : ''))));
  if (f.key) li.append(decisionBox(id, f, li));
  return li;
}

function decisionBox(id, f, li) {
  const state = el('div', {class: 'decision-state'});
  const comment = el('textarea', {class: 'comment', rows: 2, placeholder: '审核意见（可选）', maxlength: 4000});
  comment.value = f.decision ? f.decision.comment : '';
  const show = () => {
    li.classList.toggle('decided-confirmed', !!f.decision && f.decision.decision === 'confirmed');
    li.classList.toggle('decided-dismissed', !!f.decision && f.decision.decision === 'dismissed');
    state.textContent = !f.decision ? '未审核'
      : (f.decision.decision === 'confirmed' ? '已确认' : '已驳回') + (f.decision.comment ? '：' + f.decision.comment : '');
  };
  const save = async decision => {
    try {
      const res = await api('/api/decision', {id, key: f.key, decision, comment: comment.value});
      f.decision = res.decision || null;
      if (!f.decision) comment.value = '';
      show();
    } catch (e) {
      state.textContent = '保存失败：' + e.message;
    }
  };
  show();
  return el('div', {class: 'decision'}, comment,
    el('div', {class: 'buttons'},
      el('button', {type: 'button', class: 'decide-confirm', onclick: () => save('confirmed')}, '确认'),
      el('button', {type: 'button', class: 'decide-dismiss', onclick: () => save('dismissed')}, '驳回'),
      el('button', {type: 'button', class: 'decide-clear', onclick: () => save('')}, '撤销')),
    state);
}

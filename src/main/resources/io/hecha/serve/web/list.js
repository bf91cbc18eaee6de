// The reports list: sort by any column, filter by text and status, uploads.
import {api, clear, el, statusOf} from './dom.js';
import {uploadPanel} from './upload.js';

const COLUMNS = [
  {key: 'file', label: '文件'},
  {key: 'status', label: '状态', value: r => statusOf(r).label},
  {key: 'reportType', label: '类型'},
  {key: 'subject', label: '被评价单位'},
  {key: 'year', label: '年度'},
  {key: 'score', label: '得分', numeric: true},
  {key: 'grade', label: '等级'},
  {key: 'errors', label: '错误', numeric: true},
  {key: 'warnings', label: '警告', numeric: true},
  {key: 'decided', label: '已审核', numeric: true},
];
const STATUS_FILTERS = [
  ['', '全部'], ['errors', '有错误'], ['ok', '已核查'], ['unchecked', '未核查'], ['failed', '无法读取'], ['skipped', '非文档'],
];
const state = {sort: 'file', desc: false, text: '', status: ''};
let panel = null; // the upload panel outlives a refresh of the list, so its progress stays on screen

export async function showList(app, info) {
  const data = await api('/api/reports');
  const rows = data.reports;
  const tbody = el('tbody');
  const count = el('span', {class: 'count'});
  const head = el('tr');
  const filter = el('input', {id: 'filter', type: 'search', placeholder: '筛选：文件、单位、类型…', value: state.text});
  const status = el('select', {id: 'status-filter'},
    STATUS_FILTERS.map(([v, l]) => el('option', {value: v, selected: v === state.status}, l)));

  function render() {
    clear(head);
    for (const c of COLUMNS) {
      const mark = state.sort === c.key ? (state.desc ? ' ▼' : ' ▲') : '';
      head.append(el('th', {class: 'sortable', dataset: {key: c.key}, onclick: () => {
        state.desc = state.sort === c.key ? !state.desc : false;
        state.sort = c.key;
        render();
      }}, c.label + mark));
    }
    const shown = rows.filter(matches).sort(compare);
    clear(tbody);
    for (const r of shown) tbody.append(rowOf(r));
    count.textContent = `${shown.length} / ${rows.length} 份`;
  }
  filter.addEventListener('input', () => { state.text = filter.value; render(); });
  status.addEventListener('change', () => { state.status = status.value; render(); });

  clear(app).append(
    el('section', {id: 'list'},
      data.batchOutput ? null : el('p', {class: 'note'},
        '此文件夹还不是批量核查的输出（没有 .hecha-batch-state.jsonl）：先运行 hecha batch 文件夹 -o ', info.outputDir,
        '，或在下面上传文件。'),
      data.problems.map(p => el('p', {class: 'error'}, p)),
      el('div', {class: 'toolbar'}, filter, status, count),
      el('table', {id: 'reports', class: 'grid'}, el('thead', null, head), tbody),
      panel = panel || uploadPanel(() => showList(app, info))));
  render();
}

function matches(r) {
  const t = state.text.trim().toLowerCase();
  if (t && ![r.file, r.subject, r.reportType, r.reason, r.year].some(v => (v || '').toLowerCase().includes(t))) return false;
  switch (state.status) {
    case 'errors': return r.errors > 0;
    case 'ok': return r.status === 'ok' && r.checked;
    case 'unchecked': return r.status === 'ok' && !r.checked;
    case 'failed': return r.status === 'failed';
    case 'skipped': return r.status === 'skipped';
    default: return true;
  }
}

function compare(a, b) {
  const c = COLUMNS.find(c => c.key === state.sort);
  const va = c.value ? c.value(a) : a[c.key], vb = c.value ? c.value(b) : b[c.key];
  let d;
  if (c.numeric) d = (parseFloat(va) || 0) - (parseFloat(vb) || 0);
  else d = String(va).localeCompare(String(vb), 'zh-CN');
  if (d === 0) d = a.file.localeCompare(b.file, 'zh-CN');
  return state.desc ? -d : d;
}

function rowOf(r) {
  const st = statusOf(r);
  const open = r.output ? () => { location.hash = '#/report/' + encodeURIComponent(r.id); } : null;
  return el('tr', {class: 'report ' + st.cls + (open ? ' openable' : ''), dataset: {id: r.id, file: r.file}, onclick: open},
    el('td', {class: 'file'}, r.file, r.scope === 'upload' ? el('span', {class: 'tag'}, '上传') : null),
    el('td', {class: 'status'}, el('span', {class: 'status-mark ' + st.cls}, st.label),
      r.reason ? el('div', {class: 'reason'}, r.reason) : null),
    el('td', null, r.reportType), el('td', null, r.subject), el('td', null, r.year),
    el('td', {class: 'num'}, r.score), el('td', null, r.grade),
    el('td', {class: 'num errors' + (r.errors ? ' has' : '')}, r.status === 'ok' ? r.errors : '–'),
    el('td', {class: 'num warnings'}, r.status === 'ok' ? r.warnings : '–'),
    el('td', {class: 'num'}, r.decided || ''));
}

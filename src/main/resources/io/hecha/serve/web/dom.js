// Small DOM helpers. Every text reaches the page through text nodes or attributes, never as markup.

/** el('td', {class: 'x', rowspan: 2}, 'text', child…): an element with attributes and children. */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttrs(e, attrs);
  append(e, children);
  return e;
}

function setAttrs(e, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'style') throw new Error('inline styles are not allowed (CSP)');
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(e, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Empties an element. */
export function clear(e) {
  while (e.firstChild) e.removeChild(e.firstChild);
  return e;
}

/** A JSON request to the server; POSTs carry the header that proves they come from this page. */
export async function api(path, body) {
  const opts = body === undefined ? {} : {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'X-Hecha-Request': '1'},
    body: JSON.stringify(body),
  };
  const res = await fetch(path, opts);
  let data = null;
  try { data = await res.json(); } catch (e) { /* no body */ }
  if (!res.ok) throw new Error((data && data.error) || (res.status + ' ' + res.statusText));
  return data;
}

/** The status of a summary row as the page names it, with a class for its colour. */
export function statusOf(row) {
  if (row.status === 'failed') return {label: '无法读取', cls: 'st-failed'};
  if (row.status === 'skipped') return {label: '非文档', cls: 'st-skipped'};
  if (!row.checked) return {label: '未核查', cls: 'st-unchecked'};
  return {label: '已核查', cls: 'st-ok'};
}

export const SEVERITY = {error: '错误', warning: '警告', info: '提示'};

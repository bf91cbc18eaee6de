// The page view of a PDF: the page rendered by the server (PDFBox) with the boxes of the cells and
// paragraphs the findings point at drawn over it.
import {clear, el} from './dom.js';

/** Opens the viewer at `page`; `active` is the index of the finding to emphasise (or -1). */
export function openPages(id, pages, findings, page, active, onSelect) {
  const old = document.getElementById('pageview');
  if (old) old.remove();
  const count = pages.count || 1;
  const img = el('img', {class: 'page-img', alt: ''});
  const layer = el('div', {class: 'boxes'});
  const label = el('span', {class: 'page-label'});
  const problem = el('p', {class: 'error', hidden: true});
  const wrap = el('div', {class: 'page-wrap'}, img, layer);
  let n = page;
  const go = d => { n = Math.min(count, Math.max(1, n + d)); load(); };
  const viewer = el('div', {id: 'pageview', role: 'dialog'},
    el('div', {class: 'page-bar'},
      el('button', {type: 'button', onclick: () => go(-1)}, '上一页'), label,
      el('button', {type: 'button', onclick: () => go(1)}, '下一页'),
      el('button', {type: 'button', class: 'close', onclick: () => viewer.remove()}, '关闭')),
    problem, el('div', {class: 'page-scroll'}, wrap));
  document.body.append(viewer);

  function load() {
    label.textContent = `第 ${n} / ${count} 页`;
    problem.hidden = true;
    clear(layer);
    img.src = `/api/page?id=${encodeURIComponent(id)}&page=${n}`;
  }
  function boxes() {
    clear(layer);
    const ratio = img.clientWidth / (img.naturalWidth || 1);
    const k = pages.scale * ratio;
    findings.forEach((f, i) => f.targets.forEach(t => {
      for (const a of areas(t)) {
        if (a.page !== n || !a.bbox) continue;
        const box = el('div', {class: `box sev-${f.severity}${i === active ? ' active' : ''}`, title: `#${f.n} ${f.message}`,
          dataset: {finding: i}, onclick: () => onSelect(i)});
        box.style.left = (a.bbox[0] * k - 2) + 'px';
        box.style.top = (a.bbox[1] * k - 2) + 'px';
        box.style.width = (a.bbox[2] * k + 4) + 'px';
        box.style.height = (a.bbox[3] * k + 4) + 'px';
        box.append(el('span', {class: 'box-label'}, '#' + f.n));
        layer.append(box);
      }
    }));
  }
  img.addEventListener('load', boxes);
  img.addEventListener('error', async () => {
    problem.hidden = false;
    try {
      const res = await fetch(img.src);
      problem.textContent = '无法显示该页：' + ((await res.json()).error || res.status);
    } catch (e) {
      problem.textContent = '无法显示该页';
    }
  });
  window.addEventListener('resize', () => { if (img.complete) boxes(); });
  load();
}

/** The page areas of a target: its several parts when it runs over a page break, else its page and box. */
export function areas(t) {
  if (t.areas && t.areas.length) return t.areas;
  return t.page ? [{page: t.page, bbox: t.bbox}] : [];
}

// hecha serve: the page. Routes: #/ the reports list, #/report/<id> one report.
import {api, clear, el} from './dom.js';
import {showList} from './list.js';
import {showReport} from './report.js';
import {searchHash, showSearch} from './search.js';

const app = document.getElementById('app');
let info = null;

async function route() {
  const hash = location.hash || '#/';
  try {
    if (!info) {
      info = await api('/api/info');
      document.getElementById('folder').textContent = info.outputDir;
      document.getElementById('search').hidden = !info.search;
    }
    const m = hash.match(/^#\/report\/([^?]+)(?:\?(.*))?$/);
    const s = hash.match(/^#\/search\?(.*)$/);
    if (m) await showReport(app, decodeURIComponent(m[1]), info, new URLSearchParams(m[2] || '').get('ref'));
    else if (s && info.search) await showSearch(app, new URLSearchParams(s[1]));
    else await showList(app, info);
  } catch (e) {
    clear(app).append(el('p', {class: 'error'}, '出错了：', e.message));
  }
}

document.getElementById('search').addEventListener('submit', e => {
  e.preventDefault();
  location.hash = searchHash(document.getElementById('search-q').value.trim(), '');
});
window.addEventListener('hashchange', route);
route();

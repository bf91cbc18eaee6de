// hecha serve: the page. Routes: #/ the reports list, #/report/<id> one report.
import {api, clear, el} from './dom.js';
import {showList} from './list.js';
import {showReport} from './report.js';

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
    const m = hash.match(/^#\/report\/(.+)$/);
    if (m) await showReport(app, decodeURIComponent(m[1]), info);
    else await showList(app, info);
  } catch (e) {
    clear(app).append(el('p', {class: 'error'}, '出错了：', e.message));
  }
}

window.addEventListener('hashchange', route);
route();

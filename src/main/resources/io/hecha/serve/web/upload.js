// Uploads: drop files (or choose them); each is sent as it is, then the batch runs them and the
// page follows each file's state until it is done, showing the reason of any that fails.
import {api, el} from './dom.js';

const STATE = {uploading: '上传中', uploaded: '已上传，排队中', reading: '读取中', done: '完成', error: '失败'};

export function uploadPanel(onDone) {
  const input = el('input', {id: 'upload-input', type: 'file', multiple: true});
  const list = el('ul', {id: 'uploads'});
  const zone = el('div', {id: 'dropzone'}, '把文件拖到这里上传核查，或 ', input);
  zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', e => {
    e.preventDefault();
    zone.classList.remove('over');
    start([...e.dataTransfer.files], list, onDone);
  });
  input.addEventListener('change', () => start([...input.files], list, onDone));
  return el('section', {id: 'upload'}, el('h2', null, '上传'), zone, list);
}

async function start(files, list, onDone) {
  if (!files.length) return;
  const items = new Map();
  const sent = [];
  for (const f of files) {
    const item = {state: el('span', {class: 'state'}, STATE.uploading), reason: el('div', {class: 'reason'}),
      bar: el('progress', {max: 100, value: 0})};
    item.li = el('li', {class: 'upload', dataset: {name: f.name}}, el('span', {class: 'name'}, f.name), ' ',
      item.state, ' ', item.bar, item.reason);
    list.append(item.li);
    try {
      const res = await send(f, p => { item.bar.value = p; });
      item.li.dataset.stored = res.name;
      items.set(res.name, item);
      sent.push(res.name);
      item.state.textContent = STATE.uploaded;
    } catch (e) {
      item.state.textContent = STATE.error;
      item.li.classList.add('failed');
      item.reason.textContent = e.message;
    }
  }
  if (!sent.length) return;
  let job = await api('/api/jobs', {names: sent});
  while (job.state === 'queued' || job.state === 'running') {
    show(job, items);
    await new Promise(r => setTimeout(r, 600));
    job = await api('/api/job?id=' + encodeURIComponent(job.id));
  }
  show(job, items);
  if (job.state === 'failed') list.append(el('li', {class: 'failed'}, '处理失败：', job.error || ''));
  setTimeout(onDone, 1500);
}

function show(job, items) {
  for (const f of job.files) {
    const item = items.get(f.name);
    if (!item) continue;
    item.state.textContent = STATE[f.state] || f.state;
    item.bar.value = f.state === 'done' ? 100 : f.state === 'reading' ? 60 : 30;
    if (f.state !== 'done') continue;
    item.li.dataset.status = f.status;
    item.li.classList.add(f.status === 'ok' ? 'ok' : 'failed');
    const why = f.status === 'ok'
      ? (f.reason ? '未核查：' + f.reason : `已核查：${f.errors} 个错误，${f.warnings} 个警告`)
      : (f.status === 'skipped' ? '非文档：' : '无法读取：') + f.reason;
    item.reason.textContent = why;
    if (f.status === 'ok' && !item.link) {
      item.link = el('a', {href: '#/report/' + encodeURIComponent(f.id)}, '查看');
      item.li.append(item.link);
    }
  }
}

function send(file, progress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/upload?name=' + encodeURIComponent(file.name));
    xhr.setRequestHeader('X-Hecha-Request', '1');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = e => { if (e.lengthComputable) progress(Math.round(90 * e.loaded / e.total)); };
    xhr.onload = () => {
      let data = null;
      try { data = JSON.parse(xhr.responseText); } catch (e) { /* none */ }
      if (xhr.status === 200 && data) resolve(data);
      else reject(new Error((data && data.error) || ('HTTP ' + xhr.status)));
    };
    xhr.onerror = () => reject(new Error('上传中断'));
    xhr.send(file);
  });
}

// 安知 web page: plain ES modules, no framework, no build step.
// Safety invariant: nothing from the server (answers, documents, errors) is ever parsed as HTML.
// Every node is built with createElement/createTextNode; no file here assigns innerHTML.
// Modules talk through two document events: anzhi:browse {docId, clauseId} and anzhi:corpus-changed.
import { $, getJSON } from './dom.js';
import { closePanel, setupPanel } from './panel.js';
import { setupChat } from './chat.js';
import { loadDocList, setupDocs, showDocument } from './documents.js';
import { setupDuties, showDuties } from './duties.js';
import { setupChecklists } from './checklist.js';
import { setupUpload } from './upload.js';

// ---------- Tabs ----------

const TABS = ['chat', 'docs', 'duties', 'checklists', 'upload'];
const loaders = { docs: () => loadDocList(), duties: () => showDuties() };

function selectTab(name, focus = false) {
  if (!TABS.includes(name) || $(`#tab-${name}`).hidden) name = 'chat';
  for (const t of TABS) {
    const on = t === name;
    const tab = $(`#tab-${t}`);
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`#view-${t}`).hidden = !on;
  }
  if (focus) $(`#tab-${name}`).focus();
  if (location.hash !== `#${name}`) history.replaceState(null, '', `#${name}`);
  loaders[name]?.();
}

function setupTabs() {
  const bar = $('[role=tablist]');
  bar.addEventListener('click', (e) => {
    const tab = e.target.closest('[role=tab]');
    if (tab) selectTab(tab.id.slice(4));
  });
  bar.addEventListener('keydown', (e) => {
    const visible = TABS.filter((t) => !$(`#tab-${t}`).hidden);
    const at = visible.indexOf(document.activeElement.id.slice(4));
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: visible.length - 1 }[e.key];
    if (next === undefined || at < 0) return;
    e.preventDefault();
    selectTab(visible[(next + visible.length) % visible.length], true);
  });
  window.addEventListener('hashchange', () => selectTab(location.hash.slice(1)));
}

// ---------- Start ----------

async function loadHealth() {
  try {
    const s = await getJSON('/health');
    const mode = s.mode === 'llm' ? '大模型回答' : '离线模式（摘录原文回答）';
    $('#status').textContent = `${mode} · ${s.documents} 份文件 · ${s.clauses} 条条款 · ${s.duties} 条职责`;
    $('#tab-upload').hidden = !s.uploads;
    return s;
  } catch (e) {
    $('#status').textContent = `服务器不可用：${e.message}`;
    return null;
  }
}

function start() {
  setupTabs();
  setupChat();
  setupDocs();
  setupDuties();
  setupChecklists();
  setupUpload();
  setupPanel();
  document.addEventListener('anzhi:corpus-changed', () => void loadHealth());
  document.addEventListener('anzhi:browse', (e) => {
    closePanel();
    selectTab('docs');
    void showDocument(e.detail.docId, e.detail.clauseId);
  });
  loadHealth().then(() => {
    selectTab(location.hash.slice(1) || 'chat');
    document.body.dataset.ready = 'true';
  });
}

start();

// Chat over WS /ws/chat: one answer at a time, streamed, with the conversation sent as history.
import { $, h, renderMarkdown, PATH_SEP } from './dom.js';
import { openClause } from './panel.js';

const chat = { socket: null, history: [], current: null, seq: 0 };

function connect() {
  if (chat.socket && chat.socket.readyState <= WebSocket.OPEN) return chat.socket;
  const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws/chat`);
  ws.addEventListener('message', (e) => onFrame(JSON.parse(e.data)));
  ws.addEventListener('close', () => {
    if (chat.current) finish(chat.current, { error: '与服务器的连接已断开，请重试。' });
    chat.socket = null;
  });
  chat.socket = ws;
  return ws;
}

function send(frame) {
  const ws = connect();
  const data = JSON.stringify(frame);
  if (ws.readyState === WebSocket.OPEN) ws.send(data);
  else ws.addEventListener('open', () => ws.send(data), { once: true });
}

function citeButton(msg, n) {
  const c = msg.citations.get(n);
  if (!c) return `[${n}]`;
  return h('button', { type: 'button', class: 'cite', 'aria-label': `引用 ${n}：${c.title}`, onclick: (e) => openClause(c.clauseId, c.quote, e.currentTarget) }, `[${n}]`);
}

/** How the page names each type of fact an answer states first. */
const FACT_LABEL = { frequency: '频次', deadline: '时限', quantity: '数值', count: '数量', contact: '联系人', hazard: '判定', applicability: '适用' };

function renderAnswer(msg) {
  msg.body.replaceChildren(renderMarkdown(msg.text, (n) => citeButton(msg, n)));
  const cites = [...msg.citations.values()].sort((a, b) => a.n - b.n);
  msg.sources.replaceChildren(
    ...cites.map((c) =>
      h('li', {}, h('button', { type: 'button', class: 'source-link', onclick: (e) => openClause(c.clauseId, c.quote, e.currentTarget) }, `[${c.n}] 《${c.title}》 ${c.path.join(PATH_SEP)}`)),
    ),
  );
  msg.sources.hidden = cites.length === 0;
}

function ask(question) {
  $('#chat-empty').hidden = true;
  const id = `q${++chat.seq}`;
  $('#messages').append(h('li', { class: 'msg user' }, h('span', { class: 'sr-only' }, '我：'), h('p', {}, question)));
  const body = h('div', { class: 'body' }, h('p', { class: 'muted typing' }, '正在检索文件…'));
  const sources = h('ol', { class: 'sources', 'aria-label': '引用', hidden: true });
  const el = h('li', { class: 'msg assistant pending', 'data-id': id }, h('span', { class: 'sr-only' }, '安知：'), body, sources);
  $('#messages').append(el);
  const msg = { id, question, el, body, sources, text: '', citations: new Map(), started: performance.now() };
  chat.current = msg;
  setBusy(true);
  // The server reads only the last question and answer: send the last 4 turns, each cut to the schema's
  // 4000 characters, so a frame stays under the socket's 64 KB even in Chinese (3 bytes a character).
  const history = chat.history.slice(-4).map((t) => ({ role: t.role, content: t.content.slice(0, 4000) }));
  send({ type: 'ask', id, question, ...(history.length ? { history } : {}) });
  el.scrollIntoView({ block: 'nearest' });
}

function onFrame(frame) {
  const msg = chat.current;
  if (!msg || (frame.id && frame.id !== msg.id)) return;
  switch (frame.type) {
    case 'answer-start':
      msg.el.dataset.mode = frame.mode;
      return;
    case 'answer-delta':
      if (!msg.text) msg.el.dataset.firstTokenMs = String(Math.round(performance.now() - msg.started));
      msg.text += frame.text;
      return renderAnswer(msg);
    case 'citation':
      msg.citations.set(frame.citation.n, frame.citation);
      return renderAnswer(msg);
    case 'answer-end':
      return finish(msg, { answer: frame.answer });
    case 'error':
      return finish(msg, { error: `${frame.message}（${frame.code}）` });
    default:
      console.warn('unknown frame', frame);
  }
}

function finish(msg, { answer, error, stopped }) {
  msg.el.classList.remove('pending');
  if (answer) {
    msg.text = answer.answer;
    msg.citations = new Map(answer.citations.map((c) => [c.n, c]));
    renderAnswer(msg);
    if (!answer.supported) {
      msg.el.classList.add('unsupported');
      msg.el.prepend(h('p', { class: 'badge' }, '文件中没有找到依据'));
    }
    // The facts the answer states first, each a button to its citation.
    if (answer.facts?.length) {
      const facts = h('ul', { class: 'facts', 'aria-label': '要点' }, ...answer.facts.map((f) => h('li', {}, h('span', { class: 'fact-type' }, FACT_LABEL[f.type] ?? f.type), ` ${f.value} `, citeButton(msg, f.n))));
      msg.body.before(facts);
    }
    chat.history.push({ role: 'user', content: msg.question }, { role: 'assistant', content: answer.answer });
  } else {
    if (!msg.text) msg.body.replaceChildren();
    msg.el.classList.add(stopped ? 'stopped' : 'failed');
    msg.el.append(h('p', { class: stopped ? 'muted' : 'error' }, stopped ? '已停止回答。' : `出错：${error}`));
  }
  chat.current = null;
  setBusy(false);
}

function setBusy(busy) {
  $('#send').disabled = busy;
  $('#stop').disabled = !busy;
  $('#chat-status').textContent = busy ? '正在回答…' : '回答完成';
}

export function setupChat() {
  connect(); // opened early, so the first question does not wait for the handshake
  const input = $('#question');
  $('#ask-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q || chat.current) return;
    input.value = '';
    ask(q);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      $('#ask-form').requestSubmit();
    }
  });
  $('#stop').addEventListener('click', () => {
    const msg = chat.current;
    if (!msg) return;
    send({ type: 'cancel', id: msg.id });
    finish(msg, { stopped: true });
    input.focus();
  });
  $('#new-chat').addEventListener('click', () => {
    if (chat.current) $('#stop').click();
    chat.history = [];
    $('#messages').replaceChildren();
    $('#chat-empty').hidden = false;
    input.focus();
  });
}

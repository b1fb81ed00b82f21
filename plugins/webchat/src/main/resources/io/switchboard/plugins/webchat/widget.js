/* Switchboard web chat widget. Embed with one tag:
 *   <script src="https://desk.example.com/webhooks/KEY/widget.js" defer></script>
 * Every customer or agent text is rendered with textContent, never as HTML. */
(function () {
  'use strict';
  const script = document.currentScript;
  if (!script) return;
  const api = script.src.replace(/[?#].*$/, '').replace(/\/widget\.js$/, '');
  const storeKey = 'switchboard-webchat:' + api;
  const MAX_TEXT = 4000;
  const shown = new Set();          // ids of rendered messages, so a live reply is shown once
  const pending = new Map();        // clientMessageId -> element of a message still being sent
  let settings = { title: 'Chat with us', welcomeMessage: null, askForEmail: false };
  let visitor = readVisitor();
  let stream = null;
  let isOpen = false;
  let unread = 0;

  class HttpError extends Error { constructor(status, message) { super(message); this.status = status; } }

  function readVisitor() { try { return JSON.parse(localStorage.getItem(storeKey)); } catch (e) { return null; } }

  function saveVisitor(value) {
    visitor = value;
    try {
      if (value) localStorage.setItem(storeKey, JSON.stringify(value));
      else localStorage.removeItem(storeKey);
    } catch (e) { /* private mode: the chat still works for this page view */ }
  }

  async function call(method, path, body) {
    const headers = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (visitor) headers.Authorization = 'Bearer ' + visitor.token;
    const res = await fetch(api + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const data = await res.json().catch(() => null);
    if (res.status === 401) {
      // The token is no longer accepted: start over as a new visitor.
      saveVisitor(null);
      closeStream();
    }
    if (!res.ok) throw new HttpError(res.status, (data && data.detail) || 'HTTP ' + res.status);
    return data;
  }

  async function ensureVisitor() {
    if (visitor) return;
    const created = await call('POST', '/visitors', {});
    saveVisitor({ visitorId: created.visitorId, token: created.token, emailGiven: false });
    connect();
  }

  function newClientId() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  }

  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

  // ---- DOM ----
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });  // the page's CSS cannot reach inside
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; font: 14px/1.4 system-ui, sans-serif; }
    [hidden] { display: none !important; }
    .bubble { position: fixed; right: 20px; bottom: 20px; width: 56px; height: 56px; border-radius: 50%;
      border: 0; background: #2457d6; color: #fff; font-size: 26px; cursor: pointer; z-index: 2147483000;
      box-shadow: 0 4px 14px rgba(0,0,0,.25); }
    .badge { position: absolute; top: -4px; right: -4px; min-width: 20px; border-radius: 10px;
      background: #d62424; font-size: 12px; line-height: 20px; }
    .panel { position: fixed; right: 20px; bottom: 88px; width: 340px; max-width: calc(100vw - 40px);
      height: 460px; max-height: calc(100vh - 120px); display: none; flex-direction: column; background: #fff;
      color: #222; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.25); overflow: hidden; z-index: 2147483000; }
    .panel.open { display: flex; }
    .head { background: #2457d6; color: #fff; padding: 12px 14px; font-weight: 600; }
    .expect { display: block; font-weight: 400; font-size: 12px; opacity: .9; margin-top: 2px; }
    .list { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #f5f6f8; }
    .msg { max-width: 80%; padding: 8px 10px; border-radius: 10px; white-space: pre-wrap; word-wrap: break-word; }
    .inbound { align-self: flex-end; background: #2457d6; color: #fff; }
    .outbound, .welcome { align-self: flex-start; background: #fff; border: 1px solid #e0e3e8; }
    .meta { font-size: 11px; opacity: .7; margin-top: 2px; }
    .pending { opacity: .6; } .failed { background: #b3261e; }
    form { display: flex; gap: 6px; padding: 8px; border-top: 1px solid #e0e3e8; }
    input, textarea { flex: 1; font: inherit; padding: 6px 8px; border: 1px solid #c8ccd4; border-radius: 6px; resize: none; }
    button.send { font: inherit; border: 0; border-radius: 6px; padding: 0 12px; background: #2457d6; color: #fff; cursor: pointer; }
    .note { font-size: 12px; padding: 0 8px 6px; color: #b3261e; }
    .choices { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
    button.choice { font: inherit; border: 1px solid #2457d6; border-radius: 14px; padding: 2px 10px; background: #fff;
      color: #2457d6; cursor: pointer; } button.choice:disabled { opacity: .5; cursor: default; }`;
  // Text goes in through textContent only, so nothing a customer or agent wrote is parsed as HTML.
  const el = (tag, props, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };
  const svg = (tag, attributes) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    return node;
  };
  const badge = el('span', { className: 'badge', hidden: true });
  const icon = svg('svg', { viewBox: '0 0 24 24', width: '28', 'aria-hidden': 'true' });
  icon.append(svg('path', { fill: 'currentColor',
    d: 'M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z' }));
  const bubble = el('button', { className: 'bubble', title: 'Chat' }, icon, badge);
  bubble.setAttribute('aria-label', 'Open chat');
  const title = el('span', { className: 'title', textContent: settings.title });
  const expect = el('span', { className: 'expect', hidden: true });
  const head = el('div', { className: 'head' }, title, expect);
  const list = el('div', { className: 'list' });
  list.setAttribute('aria-live', 'polite');
  const emailInput = el('input', { type: 'email', required: true, placeholder: 'Your email, so we can follow up' });
  const emailForm = el('form', { hidden: true }, emailInput, el('button', { className: 'send', textContent: 'Save' }));
  const note = el('div', { className: 'note' });
  const input = el('textarea', { rows: 2, maxLength: MAX_TEXT, placeholder: 'Type your message' });
  const form = el('form', {}, input, el('button', { className: 'send', textContent: 'Send' }));
  const panel = el('div', { className: 'panel' }, head, list, emailForm, note, form);
  panel.setAttribute('role', 'dialog');
  root.append(style, panel, bubble);
  document.body.append(host);

  function messageNode(message) {
    const item = el('div', { className: 'msg ' + message.direction, textContent: message.text });
    const when = new Date(message.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    const who = message.direction === 'outbound' && message.authorName ? message.authorName + ' \u00b7 ' : '';
    item.append(el('div', { className: 'meta', textContent: who + when }));
    if (Array.isArray(message.choices) && message.choices.length) item.append(choicesNode(message.choices, message.answered));
    list.append(item);
    list.scrollTop = list.scrollHeight;
    return item;
  }

  // Quick replies (a survey's scale): picking one sends its value as an ordinary message.
  function choicesNode(choices, answered) {
    const box = el('div', { className: 'choices' });
    choices.forEach(choice => {
      const button = el('button', { type: 'button', className: 'choice', textContent: choice.caption, disabled: Boolean(answered) });
      button.addEventListener('click', () => {
        box.querySelectorAll('button').forEach(b => { b.disabled = true; });
        send(choice.value);
      });
      box.append(button);
    });
    return box;
  }

  function render(message) {
    if (shown.has(message.id)) return null;
    shown.add(message.id);
    return messageNode(message);
  }

  function renderAll(messages) {
    list.replaceChildren();
    shown.clear();
    if (settings.welcomeMessage) list.append(el('div', { className: 'msg welcome', textContent: settings.welcomeMessage }));
    // From the history, a question the visitor already wrote after shows its buttons spent.
    messages.forEach((message, i) => render(Object.assign({}, message,
      { answered: messages.slice(i + 1).some(later => later.direction === 'inbound') })));
    pending.forEach(item => list.append(item));
    list.scrollTop = list.scrollHeight;
  }

  function setUnread(count) {
    unread = count;
    Object.assign(badge, { textContent: String(count), hidden: count === 0 });
  }

  // ---- behaviour ----
  async function loadHistory() {
    if (!visitor) return renderAll([]);
    const data = await call('GET', '/messages?limit=50');
    renderAll(data.messages);
  }

  function connect() {
    if (!visitor || stream) return;
    let reconnecting = false;
    stream = new EventSource(api + '/stream?token=' + encodeURIComponent(visitor.token));
    stream.addEventListener('message', event => {
      const message = JSON.parse(event.data);
      if (render(message) && !isOpen) setUnread(unread + 1);
    });
    // Replies published while the stream was down are only in the history.
    stream.addEventListener('open', () => {
      if (reconnecting) loadHistory().catch(() => {});
      reconnecting = true;
    });
    // EventSource retries by itself unless the server refused it; then check the token and retry.
    stream.addEventListener('error', () => {
      if (stream && stream.readyState === EventSource.CLOSED) {
        closeStream();
        reconnectLater();
      }
    });
  }

  function reconnectLater() {
    setTimeout(() => loadHistory().then(connect).catch(() => { if (visitor) reconnectLater(); }), 5000);
  }

  function closeStream() {
    if (stream) stream.close();
    stream = null;
  }

  async function send(text) {
    const clientMessageId = newClientId();
    const item = messageNode({ direction: 'inbound', text, at: new Date().toISOString() });
    item.classList.add('pending');
    pending.set(clientMessageId, item);
    // The same clientMessageId on every attempt, so a retry is stored once.
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        await ensureVisitor();
        await call('POST', '/messages', { text, clientMessageId });
        pending.delete(clientMessageId);
        item.classList.remove('pending');
        return;
      } catch (error) {
        const permanent = error.status && error.status < 500 && error.status !== 401;
        if (permanent) { note.textContent = error.message; break; }
        await sleep(1000 * 2 ** attempt);
      }
    }
    pending.delete(clientMessageId);
    item.classList.replace('pending', 'failed');
    item.title = 'Not sent';
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    note.textContent = '';
    send(text);
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });

  emailForm.addEventListener('submit', async event => {
    event.preventDefault();
    note.textContent = '';
    try {
      await ensureVisitor();
      await call('POST', '/contact', { email: emailInput.value.trim() });
      saveVisitor(Object.assign({}, visitor, { emailGiven: true }));
      emailForm.hidden = true;
    } catch (error) {
      note.textContent = error.message;
    }
  });

  bubble.addEventListener('click', () => {
    isOpen = !isOpen;
    panel.classList.toggle('open', isOpen);
    bubble.setAttribute('aria-label', isOpen ? 'Close chat' : 'Open chat');
    if (isOpen) {
      setUnread(0);
      showExpectedResponse();
      emailForm.hidden = !settings.askForEmail || Boolean(visitor && visitor.emailGiven);
      loadHistory().catch(error => { note.textContent = error.message; });
      input.focus();
    }
  });

  // When to expect a reply: the desk's public availability endpoint for this channel (same desk,
  // key from the script's own URL). Only the desk's sentence is shown; any failure shows nothing.
  function showExpectedResponse() {
    const parts = /^(.*)\/webhooks\/([^/]+)$/.exec(api);
    if (!parts) return;
    fetch(parts[1] + '/api/v1/availability?channel=' + parts[2])
      .then(res => res.ok ? res.json() : null)
      .then(data => {
        if (!data || typeof data.text !== 'string' || !data.text) return;
        expect.textContent = data.text;
        expect.hidden = false;
        expect.dataset.open = String(Boolean(data.open));
      })
      .catch(() => {});
  }
  showExpectedResponse();

  fetch(api + '/config').then(res => res.ok ? res.json() : null).then(config => {
    if (config) settings = config;
    title.textContent = settings.title;
    if (!visitor) renderAll([]);
  }).catch(() => {}).finally(() => {
    if (visitor) loadHistory().then(connect).catch(() => {});
  });
})();

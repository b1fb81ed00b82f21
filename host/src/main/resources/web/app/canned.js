// Canned replies in the reply box: a picker (typing "/" in an empty reply, Ctrl+/ or the button)
// with a search, filled in for the conversation by the server. Placeholders without a value stay
// in the text, are highlighted and listed, and block sending until the agent fills them in.
import { h, fill } from './dom.js';
import { api } from './api.js';

const TOKEN = /\{\{\s*([a-z]+\.[a-z0-9_]{1,64})\s*\}\}/g;

/** The placeholder tokens still in a text: [{ name, start, end }], the same syntax the server refuses. */
export function placeholdersIn(text) {
  return [...text.matchAll(TOKEN)].map(m => ({ name: m[1], start: m.index, end: m.index + m[0].length }));
}

export class CannedPicker {
  constructor(conversationId, onPick) {
    this.conversationId = conversationId;
    this.onPick = onPick;
    this.replies = null;
    this.active = 0;
    this.search = h('input', { type: 'search', id: 'canned-search', placeholder: 'Search canned replies',
      'aria-label': 'Search canned replies', autocomplete: 'off', 'aria-controls': 'canned-list',
      on: { input: () => this.renderList(), keydown: e => this.key(e) } });
    this.list = h('ul', { id: 'canned-list', role: 'listbox', 'aria-label': 'Canned replies' });
    this.root = h('div', { class: 'canned-picker', id: 'canned-picker', hidden: true }, this.search, this.list,
      h('p', { class: 'hint' }, '↑ ↓ choose · Enter inserts · Esc closes'));
  }

  element() {
    return this.root;
  }

  async open(initial = '') {
    this.root.hidden = false;
    this.search.value = initial;
    this.search.focus();
    if (!this.replies) {
      try {
        this.replies = await api.get('/api/v1/canned-replies');
      } catch (e) {
        fill(this.list, h('li', { class: 'error' }, e.message));
        return;
      }
    }
    this.renderList();
  }

  close() {
    this.root.hidden = true;
  }

  matches() {
    const q = this.search.value.trim().toLowerCase();
    // Title and shortcut matches first, then replies that only mention the words in their text.
    const rank = r => (!q || r.title.toLowerCase().includes(q) || r.shortcut.includes(q) ? 0
      : r.body.toLowerCase().includes(q) ? 1 : 2);
    return (this.replies || []).filter(r => rank(r) < 2).sort((a, b) => rank(a) - rank(b));
  }

  renderList() {
    const found = this.matches();
    this.active = Math.min(this.active, Math.max(0, found.length - 1));
    fill(this.list, found.length ? found.map((r, i) => h('li', { role: 'option', class: ['canned-item', i === this.active && 'active'],
      'aria-selected': String(i === this.active), dataset: { shortcut: r.shortcut },
      on: { mousedown: e => { e.preventDefault(); this.pick(r); } } },
    h('strong', {}, r.title), ' ', h('span', { class: 'muted' }, '/' + r.shortcut, r.shared ? '' : ' · mine'),
    h('div', { class: 'canned-body' }, r.body))) : h('li', { class: 'muted' }, 'No canned reply matches.'));
  }

  key(e) {
    const found = this.matches();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + found.length) % Math.max(1, found.length);
      this.renderList();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (found[this.active]) this.pick(found[this.active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
      this.onPick(null);
    }
  }

  async pick(reply) {
    try {
      const rendered = await api.post(`/api/v1/conversations/${this.conversationId}/canned/${reply.id}/render`);
      this.close();
      this.onPick(rendered);
    } catch (e) {
      fill(this.list, h('li', { class: 'error' }, e.message));
    }
  }
}

// The unified inbox: conversations from every channel, newest activity first, with filters and
// search; the open conversation and its contact beside it. Live events refresh what they touch.
import { h, fill, timeTag, channelBadge, statusPill, debounce, announce, contactName } from './dom.js';
import { api, query } from './api.js';
import { ConversationView } from './conversation.js';
import { workflowFilters, itemBadges, SearchHits } from './inbox-workflow.js';

const PAGE = 50;
// Filters survive leaving the inbox for an admin page and coming back.
const filters = { status: 'open', channel: '', assignee: '', q: '', sort: '', priority: '', tag: '', snoozed: '' };

export class InboxPage {
  constructor(session) {
    this.session = session;
    this.items = [];
    this.nextCursor = null;
    this.openId = null;
    this.view = null;
    this.channels = [];
    this.users = [];
    this.reloadSoon = debounce(() => this.reload(), 150);
  }

  mount(main) {
    this.list = h('ul', { class: 'conv-list', id: 'conversation-list', 'aria-label': 'Conversations' });
    this.more = h('button', { type: 'button', class: 'ghost wide', hidden: true, on: { click: () => this.loadMore() } },
      'Load more');
    this.empty = h('p', { class: 'empty', hidden: true });
    this.convPane = h('section', { class: 'conv-pane', 'aria-label': 'Conversation' });
    this.contactPane = h('aside', { class: 'contact-pane', 'aria-label': 'Contact' });
    this.hits = new SearchHits();
    this.root = h('div', { class: 'inbox' },
      h('section', { class: 'list-pane', 'aria-label': 'Inbox' }, this.filterBar(), this.hits.element(), this.list, this.empty, this.more),
      this.convPane, this.contactPane);
    fill(main, this.root);
    this.unsubscribe = this.session.live.subscribe((name, data) => this.onLive(name, data));
    this.loadDirectories();
    this.reload();
  }

  unmount() {
    if (this.unsubscribe) this.unsubscribe();
    if (this.view) this.view.destroy();
  }

  filterBar() {
    const select = (id, label, key, options) => h('label', { class: 'filter', for: id }, h('span', {}, label),
      h('select', { id, name: key, value: filters[key], on: { change: e => this.setFilter(key, e.target.value) } },
        options.map(([value, text]) => h('option', { value }, text))));
    this.channelSelect = select('filter-channel', 'Channel', 'channel', [['', 'All channels']]);
    this.search = h('input', { type: 'search', id: 'search', name: 'q', value: filters.q, placeholder: 'Search contacts and messages',
      'aria-label': 'Search contacts and messages', autocomplete: 'off',
      on: { input: debounce(e => this.setFilter('q', e.target.value.trim()), 250) } });
    const assignee = h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': 'Assigned to' },
      [['', 'All'], ['me', 'Mine'], ['unassigned', 'Unassigned']].map(([value, text]) => h('label', {},
        h('input', { type: 'radio', name: 'assignee', value, checked: filters.assignee === value,
          on: { change: () => this.setFilter('assignee', value) } }), h('span', {}, text))));
    return h('form', { class: 'filters', role: 'search', on: { submit: e => e.preventDefault() } },
      this.search,
      h('div', { class: 'filter-row' },
        select('filter-status', 'Status', 'status', [['open', 'Open'], ['pending', 'Pending'], ['resolved', 'Resolved'],
          ['all', 'All']]),
        this.channelSelect),
      assignee,
      workflowFilters(filters, (key, value) => this.setFilter(key, value)));
  }

  async loadDirectories() {
    try {
      [this.channels, this.users] = await Promise.all([api.get('/api/v1/channels'), api.get('/api/v1/users')]);
    } catch (e) {
      return;
    }
    const types = new Map();
    this.channels.forEach(c => types.set(c.type, c.typeName));
    const select = this.channelSelect.querySelector('select');
    fill(select, h('option', { value: '' }, 'All channels'),
      [...types].map(([type, name]) => h('option', { value: type }, name)));
    select.value = filters.channel;
    if (this.view) this.view.setDirectories(this.channels, this.users);
  }

  setFilter(key, value) {
    if (filters[key] === value) return;
    filters[key] = value;
    this.reload();
  }

  params(extra) {
    return query({ status: filters.status, channel: filters.channel, assignee: filters.assignee, q: filters.q,
      sort: filters.sort, priority: filters.priority, tag: filters.tag, snoozed: filters.snoozed === 'only' ? 'only' : '', ...extra });
  }

  async reload() {
    const limit = Math.min(100, Math.max(PAGE, this.items.length));
    const token = (this.loading = {});
    try {
      if (this.hits.q !== filters.q) this.hits.show(filters.q);
      const page = await api.get('/api/v1/conversations' + this.params({ limit }));
      if (token !== this.loading) return; // a newer reload won
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      this.render();
    } catch (e) {
      announce('The inbox could not be loaded: ' + e.message, 'error');
    }
  }

  async loadMore() {
    if (!this.nextCursor) return;
    const page = await api.get('/api/v1/conversations' + this.params({ limit: PAGE, cursor: this.nextCursor }));
    this.items = this.items.concat(page.items);
    this.nextCursor = page.nextCursor;
    this.render();
  }

  render() {
    const focusedId = document.activeElement && document.activeElement.closest('.conv-item')
      ? document.activeElement.closest('.conv-item').dataset.id : null;
    fill(this.list, this.items.map(c => h('li', {}, this.item(c))));
    this.empty.hidden = this.items.length > 0;
    this.empty.textContent = filters.q ? `No conversation matches “${filters.q}”.` : 'No conversations here. New ones appear live.';
    this.more.hidden = !this.nextCursor;
    if (focusedId) {
      const again = this.list.querySelector(`.conv-item[data-id="${CSS.escape(focusedId)}"]`);
      if (again) again.focus();
    }
  }

  item(c) {
    const unread = c.unreadCount > 0 && c.id !== this.openId;
    const name = contactName(c.contact.name, c.contact.address, c.channel.type);
    return h('a', { class: ['conv-item', unread && 'unread', c.id === this.openId && 'selected'], href: '#/inbox/' + c.id,
      dataset: { id: c.id, status: c.status }, 'aria-current': c.id === this.openId ? 'true' : null },
      h('div', { class: 'row' },
        unread && h('span', { class: 'unread-dot', title: `${c.unreadCount} unread` }, h('span', { class: 'sr' }, 'Unread: ')),
        h('span', { class: 'name' }, name),
        timeTag(c.updatedAt)),
      h('div', { class: 'row' },
        h('span', { class: 'preview' }, c.subject ? c.subject + ' — ' : '', c.preview || ''),
        unread && h('span', { class: 'count', 'aria-label': `${c.unreadCount} unread` }, String(c.unreadCount))),
      h('div', { class: 'row tags' },
        channelBadge(c.channel.type, this.typeName(c.channel.type)),
        statusPill(c.status),
        h('span', { class: 'assignee' }, c.assigneeName ? c.assigneeName : 'Unassigned')),
      h('div', { class: 'row workflow' }, itemBadges(c)));
  }

  typeName(type) {
    const channel = this.channels.find(c => c.type === type);
    return channel ? channel.typeName : type;
  }

  show(id) {
    this.root.classList.toggle('has-open', Boolean(id));
    if (id === this.openId && this.view) return;
    if (this.view) this.view.destroy();
    this.openId = id;
    this.view = null;
    this.list.querySelectorAll('.conv-item').forEach(a => {
      const open = Number(a.dataset.id) === id;
      a.classList.toggle('selected', open);
      if (open) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    });
    if (!id) {
      fill(this.convPane, h('div', { class: 'placeholder' }, h('p', {}, 'Select a conversation.'),
        h('p', { class: 'hint' }, 'Press ', h('kbd', {}, 'j'), ' and ', h('kbd', {}, 'k'), ' to move, ', h('kbd', {}, '?'),
          ' for every shortcut.')));
      this.contactPane.replaceChildren();
      return;
    }
    this.view = new ConversationView(this.session, id, {
      channels: this.channels,
      users: this.users,
      onRead: position => this.markedRead(position),
      onChange: () => this.reloadSoon(),
    });
    this.view.mount(this.convPane, this.contactPane);
  }

  markedRead(position) {
    const item = this.items.find(c => c.id === position.conversationId);
    if (item && item.unreadCount !== position.unreadCount) {
      item.unreadCount = position.unreadCount;
      this.render();
    }
  }

  onLive(name, data) {
    if (name === 'followup.due') announce('Reminder: ' + (data.reason || 'a snoozed conversation is back') + '.');
    this.reloadSoon();
    if (this.view && (name === 'resync' || data.conversationId === this.openId)) this.view.onLive(name, data);
  }

  move(step) {
    if (!this.items.length) return;
    const index = this.items.findIndex(c => c.id === this.openId);
    const next = this.items[Math.min(this.items.length - 1, Math.max(0, index < 0 ? 0 : index + step))];
    location.hash = '#/inbox/' + next.id;
    const link = this.list.querySelector(`.conv-item[data-id="${next.id}"]`);
    if (link) {
      link.focus({ preventScroll: true });
      link.scrollIntoView({ block: 'nearest' });
    }
  }

  key(key) {
    switch (key) {
      case 'j': this.move(1); return true;
      case 'k': this.move(-1); return true;
      case '/': this.search.focus(); return true;
      case 'r': return this.view ? this.view.focusComposer('reply') : false;
      case 'n': return this.view ? this.view.focusComposer('note') : false;
      case 'e': return this.view ? this.view.resolve() : false;
      default: return false;
    }
  }
}

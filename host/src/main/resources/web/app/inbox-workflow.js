// The inbox's workflow parts: sort and priority/tag/snoozed filters, an item's priority, severity,
// tags and reminder, and full-text search hits (messages with snippets, contacts) above the list.
import { h, fill, fullTime, debounce } from './dom.js';
import { api, query } from './api.js';

/** The extra filter row; `filters` holds sort, priority, tag and snoozed, `set(key, value)` changes one. */
export function workflowFilters(filters, set) {
  const select = (id, label, key, options) => h('label', { class: 'filter', for: id }, h('span', {}, label),
    h('select', { id, name: key, value: filters[key], on: { change: e => set(key, e.target.value) } },
      options.map(([value, text]) => h('option', { value }, text))));
  return [
    h('div', { class: 'filter-row' },
      select('filter-sort', 'Sort', 'sort', [['', 'Newest activity'], ['priority', 'Priority'], ['severity', 'Severity']]),
      select('filter-priority', 'Priority', 'priority', [['', 'Any priority'], ['urgent', 'Urgent'], ['urgent,high', 'High or urgent'],
        ['normal', 'Normal'], ['low', 'Low']]),
      h('label', { class: 'filter', for: 'filter-tag' }, h('span', {}, 'Tag'),
        h('input', { id: 'filter-tag', name: 'tag', value: filters.tag, placeholder: 'any', autocomplete: 'off',
          on: { input: debounce(e => set('tag', e.target.value.trim().toLowerCase()), 300) } }))),
    h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': 'Snoozed' },
      [['', 'Inbox'], ['only', 'Snoozed']].map(([value, text]) => h('label', {},
        h('input', { type: 'radio', name: 'snoozed', id: 'snoozed-' + (value || 'inbox'), value, checked: filters.snoozed === value,
          on: { change: () => set('snoozed', value) } }), h('span', {}, text)))),
  ];
}

/** Priority (unless normal), severity, tags and the follow-up of one inbox item. */
export function itemBadges(c) {
  const f = c.followUp;
  return [
    c.priority !== 'normal' && h('span', { class: ['badge', 'prio', 'prio-' + c.priority] }, c.priority),
    c.severity && h('span', { class: 'badge sev', title: 'Severity ' + c.severity }, 'S' + c.severity),
    c.tags.map(tag => h('span', { class: 'badge tag' }, tag)),
    f && (f.snoozed
      ? h('span', { class: 'badge snoozed', title: f.reason || '' }, 'Snoozed until ' + fullTime(f.dueAt))
      : h('span', { class: 'badge reminder', title: 'Reminder' }, '⏰ ', f.reason || 'follow up')),
  ];
}

/** Search hits for the inbox search box, from GET /api/v1/search. */
export class SearchHits {
  constructor() {
    this.root = h('section', { class: 'search-hits', id: 'search-hits', 'aria-label': 'Search results', hidden: true });
  }

  element() {
    return this.root;
  }

  async show(q) {
    this.q = q;
    if (!q || !/[\p{L}\p{N}]/u.test(q)) {
      this.root.hidden = true;
      return;
    }
    let results;
    try {
      results = await api.get('/api/v1/search' + query({ q, limit: 10 }));
    } catch (e) {
      return;
    }
    if (this.q !== q) return; // a newer query won
    this.root.hidden = false;
    fill(this.root,
      h('h3', {}, 'Messages'),
      results.messages.length ? h('ul', { class: 'hits' }, results.messages.map(m => h('li', {},
        h('a', { class: 'search-hit', href: '#/inbox/' + m.conversationId, dataset: { conversation: m.conversationId } },
          h('span', { class: 'name' }, m.contactName || 'Unknown'), ' ', h('span', { class: 'muted small' }, fullTime(m.createdAt)),
          h('div', { class: 'snippet' }, m.snippet))))) : h('p', { class: 'muted small' }, 'No message matches.'),
      results.contacts.length > 0 && [h('h3', {}, 'Contacts'), h('ul', { class: 'hits' }, results.contacts.map(ct => h('li', {},
        h('span', { class: 'name' }, ct.name || ct.addresses[0] || 'Unknown'), ' ',
        h('span', { class: 'muted small' }, ct.addresses.join(', ')))))],
      h('h3', {}, 'Conversations'));
  }
}

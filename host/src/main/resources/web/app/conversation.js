// One open conversation: header with status and assignment, the timeline, and a composer that
// replies on the conversation's own channel (showing that channel's limits) or writes a note.
import { h, fill, fullTime, channelBadge, statusPill, announce, contactName } from './dom.js';
import { api } from './api.js';
import { timelineEntries } from './timeline.js';
import { appendSurveyAnswers } from './surveys.js';
import { ContactPanel } from './contact.js';
import { CannedPicker, placeholdersIn } from './canned.js';
import { WorkflowRow } from './workflow.js';
import { SlaTimer } from './sla-timer.js';

export class ConversationView {
  constructor(session, id, options) {
    this.session = session;
    this.id = id;
    this.options = options;
    this.detail = null;
    this.mode = 'reply';
    this.destroyed = false;
  }

  mount(pane, contactPane) {
    this.head = h('header', { class: 'conv-head' });
    this.timeline = h('ol', { class: 'timeline', 'aria-label': 'Timeline', 'aria-live': 'polite' });
    this.composer = this.buildComposer();
    this.workflow = new WorkflowRow(this.id, () => { this.load(false); this.options.onChange(); });
    this.sla = new SlaTimer(this.session, this.id);
    fill(pane, this.head, this.sla.start(), this.workflow.element(),
      h('div', { class: 'timeline-scroll', id: 'timeline-scroll' }, this.timeline), this.composer);
    this.contact = new ContactPanel(this.session, contactPane, this.id);
    fill(this.head, h('p', { class: 'loading' }, 'Loading conversation…'));
    // Messages that arrived while the tab was hidden count as read once the agent looks again.
    this.onVisible = () => {
      if (document.visibilityState === 'visible' && this.detail && this.detail.conversation.unreadCount > 0) this.markRead();
    };
    document.addEventListener('visibilitychange', this.onVisible);
    this.load(true);
  }

  destroy() {
    this.destroyed = true;
    if (this.sla) this.sla.destroy();
    document.removeEventListener('visibilitychange', this.onVisible);
    document.title = 'Inbox · Switchboard';
  }

  setDirectories(channels, users) {
    this.options.channels = channels;
    this.options.users = users;
    if (this.detail) this.render(false);
  }

  async load(first) {
    let detail;
    try {
      detail = await api.get('/api/v1/conversations/' + this.id);
    } catch (e) {
      if (!this.destroyed) fill(this.head, h('p', { class: 'error', role: 'alert' }, e.message));
      return;
    }
    if (this.destroyed) return;
    const grew = !this.detail || detail.messages.length + detail.calls.length
      !== this.detail.messages.length + this.detail.calls.length;
    this.detail = detail;
    this.render(first || grew);
    if (first || this.contactStale) this.contact.load(detail.conversation.contact.id);
    this.contactStale = false;
    if (detail.conversation.unreadCount > 0 && document.visibilityState === 'visible') this.markRead();
  }

  async markRead() {
    try {
      const position = await api.post(`/api/v1/conversations/${this.id}/read`, {});
      this.detail.conversation.unreadCount = position.unreadCount;
      this.options.onRead(position);
    } catch (e) { /* the marker is a convenience; the next open retries */ }
  }

  onLive(name) {
    if (name === 'conversation.updated' || name === 'resync') this.contactStale = true;
    this.load(false);
  }

  typeName() {
    const type = this.detail.conversation.channel.type;
    const channel = (this.options.channels || []).find(c => c.type === type);
    return channel ? channel.typeName : type;
  }

  render(scrollToEnd) {
    const c = this.detail.conversation;
    const name = contactName(c.contact.name, c.contact.address, c.channel.type);
    document.title = `${name} · Inbox · Switchboard`;
    fill(this.head,
      h('a', { class: 'back', href: '#/inbox' }, '← Inbox'),
      h('div', { class: 'title' },
        h('h1', { id: 'conversation-title', tabindex: '-1', 'data-skip-target': '' }, name),
        h('div', { class: 'sub' }, channelBadge(c.channel.type, this.typeName()), ' ', c.channel.name,
          c.subject ? ' · ' + c.subject : '', ' · started ', fullTime(c.createdAt))),
      h('div', { class: 'actions' }, statusPill(c.status), this.assignControl(c), this.statusButtons(c)));
    const scroller = this.timeline.parentElement;
    const atEnd = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
    this.renderLimits(); // first: the limits line changes the composer's height, and so the timeline's
    fill(this.timeline, timelineEntries(this.detail, this.typeName()));
    appendSurveyAnswers(this.timeline, c.id);
    this.workflow.render(c);
    if (scrollToEnd || atEnd) scroller.scrollTop = scroller.scrollHeight;
  }

  assignControl(c) {
    const me = this.session.user;
    const users = this.options.users || [];
    const options = [h('option', { value: '' }, 'Unassigned')].concat(users.map(u =>
      h('option', { value: u.id }, u.id === me.id ? `${u.name} (me)` : u.name)));
    if (c.assigneeId && !users.some(u => u.id === c.assigneeId)) {
      options.push(h('option', { value: c.assigneeId }, c.assigneeName || 'User ' + c.assigneeId));
    }
    return h('div', { class: 'assign' },
      h('label', { for: 'assignee' }, 'Assignee'),
      h('select', { id: 'assignee', value: c.assigneeId || '', on: { change: e => this.assign(e.target.value || null) } }, options),
      c.assigneeId !== me.id && h('button', { type: 'button', class: 'ghost', id: 'assign-me', on: { click: () => this.assign(me.id) } },
        'Assign to me'));
  }

  statusButtons(c) {
    const button = (status, text, cls, id) => h('button', { type: 'button', class: cls, id,
      on: { click: () => this.setStatus(status) } }, text);
    return h('div', { class: 'status-buttons' },
      c.status !== 'resolved' ? button('resolved', 'Resolve', 'primary', 'resolve') : button('open', 'Reopen', 'ghost', 'reopen'),
      c.status === 'open' && button('pending', 'Pending', 'ghost', 'pending'),
      c.status === 'pending' && button('open', 'Open', 'ghost', 'reopen'));
  }

  async setStatus(status) {
    try {
      this.detail = await api.post(`/api/v1/conversations/${this.id}/status`, { status });
      this.render(false);
      announce(status === 'resolved' ? 'Conversation resolved.' : `Conversation is ${status}.`);
      this.options.onChange();
    } catch (e) {
      announce(e.message, 'error');
    }
  }

  async assign(userId) {
    try {
      this.detail = await api.post(`/api/v1/conversations/${this.id}/assign`, { assigneeId: userId === null ? null : Number(userId) });
      this.render(false);
      announce(this.detail.conversation.assigneeName ? `Assigned to ${this.detail.conversation.assigneeName}.` : 'Unassigned.');
      this.options.onChange();
    } catch (e) {
      announce(e.message, 'error');
    }
  }

  resolve() {
    if (!this.detail || this.detail.conversation.status === 'resolved') return false;
    this.setStatus('resolved');
    return true;
  }

  buildComposer() {
    const tab = (mode, text) => h('button', { type: 'button', role: 'tab', id: 'tab-' + mode, class: 'tab',
      'aria-selected': String(mode === this.mode), on: { click: () => this.setMode(mode) } }, text);
    this.tabs = [tab('reply', 'Reply'), tab('note', 'Private note')];
    this.limits = h('p', { class: 'limits', id: 'reply-limits' });
    this.text = h('textarea', { id: 'composer-text', rows: 3, 'aria-describedby': 'reply-limits',
      on: { input: () => this.renderCounter(), keydown: e => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); this.form.requestSubmit(); }
        // "/" at the start of an empty box, or Ctrl+/ anywhere, opens the canned replies.
        if (e.key === '/' && ((e.ctrlKey || e.metaKey) || this.text.value === '')) { e.preventDefault(); this.picker.open(); }
      } } });
    this.picker = new CannedPicker(this.id, rendered => this.insertCanned(rendered));
    this.placeholders = h('p', { class: 'placeholder-warning', id: 'placeholder-warning', role: 'alert', hidden: true });
    this.counter = h('span', { class: 'counter', 'aria-live': 'off' });
    this.error = h('p', { class: 'error', role: 'alert' });
    this.send = h('button', { type: 'submit', class: 'primary', id: 'send' }, 'Send reply');
    this.form = h('form', { class: 'composer', 'aria-label': 'Reply or note', on: { submit: e => { e.preventDefault(); this.submit(); } } },
      h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Write' }, this.tabs),
      this.limits, this.picker.element(), this.text, this.placeholders, this.error,
      h('div', { class: 'composer-foot' }, this.counter,
        h('button', { type: 'button', class: 'ghost', id: 'canned-open', title: 'Canned replies (/ or Ctrl+/)',
          on: { click: () => this.picker.open() } }, 'Canned reply'),
        h('span', { class: 'hint' }, 'Ctrl+Enter sends'), this.send));
    this.setMode('reply');
    return this.form;
  }

  setMode(mode) {
    this.mode = mode;
    this.tabs.forEach(t => t.setAttribute('aria-selected', String(t.id === 'tab-' + mode)));
    this.form.classList.toggle('note-mode', mode === 'note');
    this.send.textContent = mode === 'note' ? 'Add note' : 'Send reply';
    this.error.textContent = '';
    this.renderLimits();
  }

  focusComposer(mode) {
    if (!this.detail) return false;
    this.setMode(mode);
    this.text.focus();
    return true;
  }

  /** The channel's limits for a reply: length, reply window, or why replies cannot go out now. */
  renderLimits() {
    if (!this.detail || !this.limits) return;
    const c = this.detail.conversation;
    const limits = this.detail.replyLimits;
    const name = contactName(c.contact.name, c.contact.address, c.channel.type);
    this.windowClosed = false;
    if (this.mode === 'note') {
      fill(this.limits, 'Only agents see private notes.');
      this.text.placeholder = 'Write a note for your team…';
    } else if (!limits) {
      fill(this.limits, `The ${this.typeName()} plugin is not running, so replies cannot be checked or sent now.`);
      this.text.placeholder = `Reply to ${name}…`;
    } else {
      const parts = [`Replies go out on ${this.typeName()}`];
      if (limits.maxTextLength > 0) parts.push(`at most ${limits.maxTextLength} characters`);
      if (limits.windowClosesAt) {
        this.windowClosed = new Date(limits.windowClosesAt) <= new Date();
        parts.push(this.windowClosed
          ? `the reply window closed ${fullTime(limits.windowClosesAt)}`
            + (limits.templatesOutsideWindow ? ' (only templates can be sent)' : ' — the customer has to write again')
          : `reply window open until ${fullTime(limits.windowClosesAt)}`);
      }
      fill(this.limits, parts.join(' · ') + '.');
      this.text.placeholder = `Reply to ${name}…`;
    }
    this.limits.classList.toggle('warn', this.windowClosed);
    this.text.setAttribute('aria-label', this.mode === 'note' ? 'Private note' : `Reply to ${name}`);
    this.renderCounter();
  }

  maxLength() {
    const limits = this.detail && this.detail.replyLimits;
    return this.mode === 'reply' && limits && limits.maxTextLength > 0 ? limits.maxTextLength : 0;
  }

  renderCounter() {
    const max = this.maxLength();
    const length = this.text.value.length;
    this.counter.textContent = max ? `${length} / ${max}` : `${length} characters`;
    this.counter.classList.toggle('over', max > 0 && length > max);
    const missing = this.mode === 'reply' ? placeholdersIn(this.text.value) : [];
    this.placeholders.hidden = missing.length === 0;
    fill(this.placeholders, missing.length ? ['Fill in before sending: ',
      [...new Set(missing.map(m => m.name))].map((name, i) => [i ? ', ' : '', h('code', {}, `{{${name}}}`)])] : []);
    this.text.classList.toggle('has-placeholders', missing.length > 0);
    this.send.disabled = (max > 0 && length > max) || (this.mode === 'reply' && this.windowClosed) || missing.length > 0;
  }

  /** Puts a filled-in canned reply at the cursor; the first placeholder left is selected for typing over. */
  insertCanned(rendered) {
    this.text.focus();
    if (!rendered) return;
    const start = this.text.selectionStart || 0;
    const end = this.text.selectionEnd || 0;
    this.text.setRangeText(rendered.text, start, end, 'end');
    this.renderCounter();
    const first = placeholdersIn(this.text.value)[0];
    if (first) this.text.setSelectionRange(first.start, first.end);
  }

  async submit() {
    const text = this.text.value;
    if (!text.trim()) {
      this.error.textContent = this.mode === 'note' ? 'Write the note first.' : 'Write the reply first.';
      return;
    }
    const missing = this.mode === 'reply' ? placeholdersIn(text) : [];
    if (missing.length) {
      this.error.textContent = 'Fill in every placeholder first.';
      this.text.focus();
      this.text.setSelectionRange(missing[0].start, missing[0].end);
      return;
    }
    this.send.disabled = true;
    this.error.textContent = '';
    try {
      if (this.mode === 'note') await api.post(`/api/v1/conversations/${this.id}/notes`, { text });
      else await api.post(`/api/v1/conversations/${this.id}/replies`, { text, clientId: clientId() });
      this.text.value = '';
      await this.load(false);
      this.timeline.parentElement.scrollTop = this.timeline.parentElement.scrollHeight;
    } catch (e) {
      this.error.textContent = e.message;
    } finally {
      this.renderCounter();
    }
  }
}

function clientId() {
  return 'ui-' + (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
}

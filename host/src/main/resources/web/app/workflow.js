// The workflow row of an open conversation: priority, severity, tags, and the follow-up reminder
// (snooze until a time with a reason; the reminder it leaves when it comes back).
import { h, fill, fullTime, announce } from './dom.js';
import { api } from './api.js';

const PRIORITIES = ['low', 'normal', 'high', 'urgent'];

export class WorkflowRow {
  constructor(conversationId, onChange) {
    this.id = conversationId;
    this.onChange = onChange;
    this.priority = h('select', { id: 'priority', 'aria-label': 'Priority', on: { change: e => this.set('priority', { priority: e.target.value }) } },
      PRIORITIES.map(p => h('option', { value: p }, p[0].toUpperCase() + p.slice(1))));
    this.severity = h('select', { id: 'severity', 'aria-label': 'Severity', on: { change: e => this.set('severity',
      { severity: e.target.value ? Number(e.target.value) : null }) } },
    h('option', { value: '' }, 'No severity'), [1, 2, 3, 4].map(s => h('option', { value: s }, 'Severity ' + s)));
    this.chips = h('span', { class: 'tag-chips', id: 'tag-chips' });
    this.tagInput = h('input', { id: 'tag-input', list: 'tag-suggestions', placeholder: 'Add tag', 'aria-label': 'Add a tag',
      autocomplete: 'off', size: 12, on: { keydown: e => { if (e.key === 'Enter') { e.preventDefault(); this.addTag(); } } } });
    this.suggestions = h('datalist', { id: 'tag-suggestions' });
    this.reminder = h('div', { class: 'reminder', id: 'reminder', role: 'status', hidden: true });
    this.dialog = this.snoozeDialog();
    this.root = h('div', { class: 'workflow-row' },
      h('div', { class: 'workflow-controls' }, this.priority, this.severity, this.chips,
        h('form', { class: 'tag-add', on: { submit: e => { e.preventDefault(); this.addTag(); } } }, this.tagInput, this.suggestions),
        h('button', { type: 'button', class: 'ghost', id: 'snooze-open', on: { click: () => this.openSnooze() } }, 'Snooze…')),
      this.reminder, this.dialog);
    this.loadSuggestions();
  }

  element() {
    return this.root;
  }

  render(c) {
    this.conversation = c;
    if (document.activeElement !== this.priority) this.priority.value = c.priority;
    if (document.activeElement !== this.severity) this.severity.value = c.severity || '';
    fill(this.chips, c.tags.map(tag => h('span', { class: 'tag-chip', dataset: { tag } }, tag,
      h('button', { type: 'button', class: 'tag-remove', 'aria-label': 'Remove tag ' + tag, on: { click: () => this.removeTag(tag) } }, '×'))));
    this.renderReminder(c.followUp);
  }

  renderReminder(f) {
    this.reminder.hidden = !f;
    if (!f) return;
    const why = f.reason ? `“${f.reason}”` : '';
    fill(this.reminder, f.snoozed
      ? [h('span', {}, `Snoozed until ${fullTime(f.dueAt)} `, why), h('button', { type: 'button', class: 'ghost', id: 'wake-now',
        on: { click: () => this.dismiss() } }, 'Wake now')]
      : [h('strong', {}, 'Reminder: '), h('span', {}, why || 'follow up', f.wokeBy === 'customer' ? ' (the customer wrote first)' : ` (due ${fullTime(f.dueAt)})`),
        h('button', { type: 'button', class: 'ghost', id: 'reminder-dismiss', on: { click: () => this.dismiss() } }, 'Dismiss')]);
    this.reminder.classList.toggle('due', !f.snoozed);
  }

  async loadSuggestions() {
    try {
      const tags = await api.get('/api/v1/tags');
      fill(this.suggestions, tags.map(t => h('option', { value: t.tag })));
    } catch (e) { /* suggestions are a convenience */ }
  }

  async set(what, body) {
    try {
      await api.post(`/api/v1/conversations/${this.id}/${what}`, body);
      announce(what === 'priority' ? `Priority: ${body.priority}.` : body.severity ? `Severity ${body.severity}.` : 'Severity cleared.');
      this.onChange();
    } catch (e) {
      announce(e.message, 'error');
    }
  }

  async addTag() {
    const tag = this.tagInput.value.trim();
    if (!tag) return;
    try {
      const result = await api.post(`/api/v1/conversations/${this.id}/tags`, { tag });
      this.tagInput.value = '';
      this.render({ ...this.conversation, tags: result.tags });
      announce(`Tagged ${tag.toLowerCase()}.`);
      this.onChange();
    } catch (e) {
      announce(e.message, 'error');
    }
  }

  async removeTag(tag) {
    try {
      const result = await api.del(`/api/v1/conversations/${this.id}/tags/${encodeURIComponent(tag)}`);
      this.render({ ...this.conversation, tags: result.tags });
      this.onChange();
    } catch (e) {
      announce(e.message, 'error');
    }
  }

  snoozeDialog() {
    this.until = h('input', { type: 'datetime-local', id: 'snooze-until', required: true });
    this.reason = h('input', { type: 'text', id: 'snooze-reason', maxlength: 500, placeholder: 'e.g. check back when the replacement arrives' });
    this.snoozeError = h('p', { class: 'error', role: 'alert' });
    const quick = (label, hours) => h('button', { type: 'button', class: 'ghost', on: { click: () => { this.until.value = localInput(later(hours)); } } }, label);
    return h('dialog', { id: 'snooze-dialog', 'aria-labelledby': 'snooze-title' },
      h('form', { on: { submit: e => { e.preventDefault(); this.snooze(); } } },
        h('h2', { id: 'snooze-title' }, 'Snooze until…'),
        h('div', { class: 'quick' }, quick('In 3 hours', 3), quick('Tomorrow 9:00', 'tomorrow'), quick('In 3 days', 72)),
        h('label', { for: 'snooze-until' }, 'Bring it back at'), this.until,
        h('label', { for: 'snooze-reason' }, 'Reminder'), this.reason, this.snoozeError,
        h('div', { class: 'dialog-buttons' },
          h('button', { type: 'button', class: 'ghost', on: { click: () => this.dialog.close() } }, 'Cancel'),
          h('button', { type: 'submit', class: 'primary', id: 'snooze-submit' }, 'Snooze'))));
  }

  openSnooze() {
    this.until.value = localInput(later('tomorrow'));
    this.reason.value = '';
    this.snoozeError.textContent = '';
    this.dialog.showModal();
    this.reason.focus();
  }

  async snooze() {
    const until = new Date(this.until.value);
    if (isNaN(until.getTime())) {
      this.snoozeError.textContent = 'Choose a date and time.';
      return;
    }
    try {
      await api.post(`/api/v1/conversations/${this.id}/snooze`, { until: until.toISOString(), reason: this.reason.value.trim() || null });
      this.dialog.close();
      announce(`Snoozed until ${fullTime(until.toISOString())}.`);
      this.onChange();
    } catch (e) {
      this.snoozeError.textContent = e.message;
    }
  }

  async dismiss() {
    try {
      await api.del(`/api/v1/conversations/${this.id}/snooze`);
      this.onChange();
    } catch (e) {
      announce(e.message, 'error');
    }
  }
}

function later(hours) {
  const d = new Date();
  if (hours === 'tomorrow') {
    d.setDate(d.getDate() + 1);
    d.setHours(9, 0, 0, 0);
  } else {
    d.setTime(d.getTime() + hours * 3600 * 1000);
  }
  return d;
}

/** A Date as the value of a datetime-local input (local time, minutes). */
function localInput(d) {
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

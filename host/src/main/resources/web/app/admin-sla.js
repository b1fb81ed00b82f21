// Admin: SLA policies. Targets for the first response and for the resolution, in business
// minutes, per priority and/or channel type; the most specific enabled policy applies.
import { h, fill, announce } from './dom.js';
import { api } from './api.js';
import { field, showProblem, confirmIn, pageFrame, grid, wideRow } from './admin-kit.js';
import { formatDuration } from './sla-timer.js';

const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const POLICY_FIELDS = [['name', 'sla-name'], ['an SLA policy named', 'sla-name'], ['priority', 'sla-priority'],
  ['give firstResponseMinutes', 'sla-first'], ['targets', 'sla-first']];

export class SlaPoliciesPage {
  mount(main) {
    const { table, body } = grid('sla-policies', ['Policy', 'Priority', 'Channel type', 'First response', 'Resolution', 'On', '']);
    this.rows = body;
    this.editor = h('section', { class: 'editor', id: 'sla-editor', hidden: true });
    pageFrame(main, 'SLA policies', 'Targets count business hours only. The most specific enabled policy applies: priority and channel, then priority, then channel, then one for any.',
      h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'primary', id: 'new-sla-policy',
        on: { click: () => this.openEditor(null) } }, 'New policy')),
      this.editor, table);
    this.load();
  }

  async load() {
    try {
      [this.policies, this.types] = await Promise.all([api.get('/api/v1/admin/sla-policies'),
        api.get('/api/v1/admin/channel-types')]);
    } catch (e) {
      fill(this.rows, wideRow(7, e.message, 'error'));
      return;
    }
    fill(this.rows, this.policies.length ? this.policies.map(p => this.row(p))
      : wideRow(7, 'No SLA policies: conversations have no targets.'));
  }

  row(p) {
    const minutes = m => m ? formatDuration(m * 60) : '—';
    const actions = h('td', { class: 'actions' },
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.openEditor(p) } }, 'Edit'),
      h('button', { type: 'button', class: 'ghost danger-text', on: { click: () => confirmIn(actions,
        `Delete the policy ${p.name}? Conversations under it fall to the next matching policy.`, 'Delete policy',
        () => this.remove(p)) } }, 'Delete'));
    return h('tr', { dataset: { policy: p.name }, class: p.enabled ? null : 'inactive' },
      h('th', { scope: 'row' }, p.name),
      h('td', {}, p.priority || 'any'),
      h('td', {}, p.channelType ? this.typeName(p.channelType) : 'any'),
      h('td', {}, minutes(p.firstResponseMinutes)),
      h('td', {}, minutes(p.resolutionMinutes)),
      h('td', {}, p.enabled ? 'yes' : 'no'),
      actions);
  }

  typeName(id) {
    const type = (this.types || []).find(t => t.id === id);
    return type ? type.displayName : id;
  }

  async remove(p) {
    try {
      await api.del('/api/v1/admin/sla-policies/' + p.id);
      announce(`Policy ${p.name} deleted.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  openEditor(p) {
    const policy = p || { name: '', priority: null, channelType: null, firstResponseMinutes: null, resolutionMinutes: null,
      enabled: true };
    const error = h('p', { class: 'error', role: 'alert', id: 'sla-error' });
    const types = (this.types || []).map(t => [t.id, t.displayName]);
    if (policy.channelType && !types.some(([id]) => id === policy.channelType)) types.push([policy.channelType, policy.channelType]);
    const number = (id, value) => h('input', { id, type: 'number', min: 1, value: value || '' });
    const form = h('form', { class: 'card stack', id: 'sla-form', novalidate: true, on: { submit: async e => {
      e.preventDefault();
      const value = id => form.querySelector('#' + id).value.trim();
      const minutes = id => value(id) === '' ? null : Number(value(id));
      const body = { name: value('sla-name'), priority: value('sla-priority') || null, channelType: value('sla-channel') || null,
        firstResponseMinutes: minutes('sla-first'), resolutionMinutes: minutes('sla-resolution'),
        enabled: form.querySelector('#sla-enabled').checked };
      try {
        if (p) await api.put('/api/v1/admin/sla-policies/' + p.id, body);
        else await api.post('/api/v1/admin/sla-policies', body);
        this.closeEditor();
        announce(`Policy ${body.name} saved.`);
        this.load();
      } catch (ex) {
        showProblem(form, error, ex, POLICY_FIELDS);
      }
    } } },
    h('h2', {}, p ? `Edit ${p.name}` : 'New SLA policy'),
    field('sla-name', 'Name', h('input', { id: 'sla-name', value: policy.name, autocomplete: 'off' })),
    h('div', { class: 'form-grid' },
      field('sla-priority', 'Priority', h('select', { id: 'sla-priority', value: policy.priority || '' },
        h('option', { value: '' }, 'Any priority'), PRIORITIES.map(x => h('option', { value: x }, x)))),
      field('sla-channel', 'Channel type', h('select', { id: 'sla-channel', value: policy.channelType || '' },
        h('option', { value: '' }, 'Any channel'), types.map(([id, name]) => h('option', { value: id }, name))))),
    h('div', { class: 'form-grid' },
      field('sla-first', 'First response (business minutes)', number('sla-first', policy.firstResponseMinutes)),
      field('sla-resolution', 'Resolution (business minutes)', number('sla-resolution', policy.resolutionMinutes))),
    h('p', { class: 'help' }, 'Give one target or both. 480 minutes is one working day of 8 hours.'),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'sla-enabled', checked: policy.enabled }), ' Enabled'),
    error,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-sla-policy' }, 'Save policy'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.closeEditor() } }, 'Cancel')));
    fill(this.editor, form);
    this.editor.hidden = false;
    form.querySelector('input').focus();
  }

  closeEditor() {
    this.editor.hidden = true;
    this.editor.replaceChildren();
  }
}

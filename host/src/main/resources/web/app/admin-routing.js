// Admin: the routing rules, evaluated in order on every new conversation; the first enabled rule
// whose conditions all hold wins. Add and edit rules (conditions: channel types, contact
// attributes, keywords, business hours; actions: team or agent, priority, tags), turn them on and
// off, move them up and down, delete them. The server checks a rule; its errors show by the fields.
import { h, fill, announce } from './dom.js';
import { api } from './api.js';
import { field, showProblem, commaList, confirmIn, pageFrame, grid, wideRow } from './admin-kit.js';

const PRIORITIES = ['low', 'normal', 'high', 'urgent'];

export class RoutingPage {
  mount(main) {
    const { table, body } = grid('routing-rules', ['#', 'Rule', 'When', 'Then', 'On', '']);
    this.rows = body;
    this.editor = h('section', { class: 'editor', id: 'rule-editor', hidden: true });
    pageFrame(main, 'Routing rules', 'Checked in this order on every new conversation; the first matching enabled rule applies.',
      h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'primary', id: 'new-rule',
        on: { click: () => this.openEditor(null) } }, 'New rule')),
      this.editor, table);
    this.ready = this.load();
  }

  async load() {
    try {
      [this.rules, this.teams, this.agents, this.types] = await Promise.all([api.get('/api/v1/admin/routing-rules'),
        api.get('/api/v1/admin/teams'), api.get('/api/v1/agents'), api.get('/api/v1/admin/channel-types')]);
    } catch (e) {
      fill(this.rows, wideRow(6, e.message, 'error'));
      return;
    }
    fill(this.rows, this.rules.length ? this.rules.map((r, i) => this.row(r, i))
      : wideRow(6, 'No rules: new conversations stay unassigned. Add one with “New rule”.'));
  }

  row(r, index) {
    const last = index === this.rules.length - 1;
    const actions = h('td', { class: 'actions' },
      h('button', { type: 'button', class: 'ghost', disabled: index === 0, 'aria-label': `Move ${r.name} up`,
        on: { click: () => this.move(index, -1) } }, '↑'),
      h('button', { type: 'button', class: 'ghost', disabled: last, 'aria-label': `Move ${r.name} down`,
        on: { click: () => this.move(index, 1) } }, '↓'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.openEditor(r) } }, 'Edit'),
      h('button', { type: 'button', class: 'ghost danger-text', on: { click: () => confirmIn(actions,
        `Delete the rule ${r.name}?`, 'Delete rule', () => this.remove(r)) } }, 'Delete'));
    return h('tr', { dataset: { rule: r.name }, class: r.enabled ? null : 'inactive' },
      h('td', {}, String(r.position)),
      h('th', { scope: 'row' }, r.name),
      h('td', {}, this.describeConditions(r.conditions)),
      h('td', {}, this.describeActions(r.actions)),
      h('td', {}, h('label', { class: 'switch' }, h('input', { type: 'checkbox', checked: r.enabled,
        'aria-label': `${r.name} enabled`, on: { change: e => this.setEnabled(r, e.target.checked) } }))),
      actions);
  }

  describeConditions(c) {
    const parts = [];
    if (c.channelTypes.length) parts.push('channel is ' + c.channelTypes.map(t => this.typeName(t)).join(' or '));
    Object.entries(c.contactAttributes).forEach(([k, v]) => parts.push(`contact ${k} = ${v}`));
    if (c.keywords.length) parts.push('first message mentions ' + c.keywords.map(k => `“${k}”`).join(' or '));
    if (c.businessHours) parts.push(`${c.businessHours} business hours`);
    return parts.length ? h('ul', { class: 'plain' }, parts.map(p => h('li', {}, p))) : h('span', { class: 'muted' }, 'every conversation');
  }

  describeActions(a) {
    const parts = [];
    if (a.teamId) {
      const team = this.teams.find(t => t.id === a.teamId);
      parts.push('assign to team ' + (team ? team.name : '#' + a.teamId)
        + (a.maxOpenPerAgent ? ` (at most ${a.maxOpenPerAgent} open each)` : ''));
    }
    if (a.agentId) {
      const agent = this.agents.find(u => u.id === a.agentId);
      parts.push('assign to ' + (agent ? agent.name : 'user #' + a.agentId));
    }
    if (a.priority) parts.push('priority ' + a.priority);
    if (a.tags.length) parts.push('tag ' + a.tags.join(', '));
    return h('ul', { class: 'plain' }, parts.map(p => h('li', {}, p)));
  }

  typeName(id) {
    const type = (this.types || []).find(t => t.id === id);
    return type ? type.displayName : id;
  }

  async move(index, step) {
    const ids = this.rules.map(r => r.id);
    [ids[index], ids[index + step]] = [ids[index + step], ids[index]];
    try {
      await api.put('/api/v1/admin/routing-rules/order', { ruleIds: ids });
    } catch (e) {
      announce(e.message, 'error');
    }
    await this.load();
    const moved = this.rows.querySelector(`tr[data-rule="${CSS.escape(this.rules[index + step].name)}"] button`);
    if (moved) moved.focus();
  }

  async setEnabled(r, enabled) {
    try {
      await api.post(`/api/v1/admin/routing-rules/${r.id}/enabled`, { enabled });
      announce(`${r.name} is ${enabled ? 'on' : 'off'}.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  async remove(r) {
    try {
      await api.del('/api/v1/admin/routing-rules/' + r.id);
      announce(`Rule ${r.name} deleted.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  async openEditor(rule) {
    await this.ready;
    const form = new RuleForm(rule, this.teams || [], this.agents || [], this.types || []);
    fill(this.editor, form.render(async body => {
      if (rule) await api.put('/api/v1/admin/routing-rules/' + rule.id, body);
      else await api.post('/api/v1/admin/routing-rules', body);
      this.closeEditor();
      announce(`Rule ${body.name} saved.`);
      this.load();
    }, () => this.closeEditor()));
    this.editor.hidden = false;
    this.editor.querySelector('input').focus();
  }

  closeEditor() {
    this.editor.hidden = true;
    this.editor.replaceChildren();
  }
}

/** The add/edit form of one rule. */
class RuleForm {
  constructor(rule, teams, agents, types) {
    this.rule = rule || { name: '', enabled: true, conditions: { channelTypes: [], contactAttributes: {}, keywords: [] },
      actions: { tags: [] } };
    this.teams = teams;
    this.agents = agents;
    this.types = types;
  }

  render(save, cancel) {
    const c = this.rule.conditions;
    const a = this.rule.actions;
    const known = new Set(this.types.map(t => t.id));
    const typeChoices = this.types.map(t => [t.id, t.displayName]).concat(c.channelTypes.filter(t => !known.has(t))
      .map(t => [t, t]));
    const error = h('p', { class: 'error', role: 'alert', id: 'rule-error' });
    const submit = h('button', { type: 'submit', class: 'primary', id: 'save-rule' }, 'Save rule');
    const form = h('form', { class: 'card stack', id: 'rule-form', novalidate: true, on: { submit: async e => {
      e.preventDefault();
      submit.disabled = true;
      try {
        await save(this.read(form));
      } catch (ex) {
        showProblem(form, error, ex);
      } finally {
        submit.disabled = false;
      }
    } } },
    h('h2', {}, this.rule.id ? `Edit ${this.rule.name}` : 'New rule'),
    field('rule-name', 'Name', h('input', { id: 'rule-name', value: this.rule.name, autocomplete: 'off' }), { field: 'name' }),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'rule-enabled', checked: this.rule.enabled }), ' Enabled'),
    h('fieldset', {}, h('legend', {}, 'When (all given conditions must hold)'),
      h('div', { class: 'field', dataset: { field: 'conditions.channelTypes' } }, h('span', { class: 'label' }, 'Channel types (none ticked: any)'),
        h('div', { class: 'checks-row', id: 'rule-channel-types' }, typeChoices.map(([id, name]) => h('label', { class: 'check' },
          h('input', { type: 'checkbox', name: 'channelType', value: id, checked: c.channelTypes.includes(id) }), ' ' + name))),
        h('p', { class: 'field-error' })),
      field('rule-attributes', 'Contact attributes', h('textarea', { id: 'rule-attributes', rows: 2,
        placeholder: 'vip=true', value: Object.entries(c.contactAttributes).map(([k, v]) => `${k}=${v}`).join('\n') }),
      { field: 'conditions.contactAttributes', help: 'One name=value per line; the contact must have each.' }),
      field('rule-keywords', 'Keywords', h('input', { id: 'rule-keywords', value: c.keywords.join(', '), autocomplete: 'off',
        placeholder: 'refund, cancel order' }), { field: 'conditions.keywords',
        help: 'Comma separated; the first message must contain one of them as a whole word.' }),
      field('rule-hours', 'Business hours', h('select', { id: 'rule-hours', value: c.businessHours || '' },
        h('option', { value: '' }, 'Any time'), h('option', { value: 'inside' }, 'Inside business hours'),
        h('option', { value: 'outside' }, 'Outside business hours')), { field: 'conditions.businessHours' })),
    h('fieldset', { dataset: { field: 'actions' } }, h('legend', {}, 'Then'),
      h('p', { class: 'field-error' }),
      field('rule-assign', 'Assign to', this.assignSelect(a), { field: 'actions.teamId',
        help: 'A team: round-robin among its online members, else it waits in the team’s queue.' }),
      h('div', { dataset: { field: 'actions.agentId' } }, h('p', { class: 'field-error' })),
      field('rule-cap', 'At most open conversations per agent', h('input', { id: 'rule-cap', type: 'number', min: 1,
        value: a.maxOpenPerAgent || '' }), { field: 'actions.maxOpenPerAgent', help: 'Only with a team; empty: no cap.' }),
      field('rule-priority', 'Set priority', h('select', { id: 'rule-priority', value: a.priority || '' },
        h('option', { value: '' }, 'Leave as is'), PRIORITIES.map(p => h('option', { value: p }, p))), { field: 'actions.priority' }),
      field('rule-tags', 'Add tags', h('input', { id: 'rule-tags', value: a.tags.join(', '), autocomplete: 'off',
        placeholder: 'vip, refunds' }), { field: 'actions.tags', help: 'Comma separated; lower-case letters, digits, - and _.' })),
    error,
    h('div', { class: 'form-actions' }, submit, h('button', { type: 'button', class: 'ghost', on: { click: cancel } }, 'Cancel')));
    return form;
  }

  assignSelect(a) {
    const value = a.teamId ? 'team:' + a.teamId : a.agentId ? 'agent:' + a.agentId : '';
    return h('select', { id: 'rule-assign', value },
      h('option', { value: '' }, 'Nobody (leave unassigned)'),
      h('optgroup', { label: 'Teams' }, this.teams.map(t => h('option', { value: 'team:' + t.id }, 'Team ' + t.name))),
      h('optgroup', { label: 'Agents' }, this.agents.map(u => h('option', { value: 'agent:' + u.id }, u.name))));
  }

  read(form) {
    const value = id => form.querySelector('#' + id).value;
    const attributes = {};
    value('rule-attributes').split('\n').map(l => l.trim()).filter(Boolean).forEach(line => {
      const at = line.indexOf('=');
      if (at < 0) {
        throw { message: 'Please correct the marked field.', problem: { errors: [{ field: 'conditions.contactAttributes',
          message: `“${line}” needs a value: write name=value, such as vip=true.` }] } };
      }
      attributes[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    });
    const [kind, id] = value('rule-assign').split(':');
    const cap = value('rule-cap').trim();
    return {
      name: value('rule-name').trim(),
      enabled: form.querySelector('#rule-enabled').checked,
      conditions: {
        channelTypes: [...form.querySelectorAll('input[name=channelType]:checked')].map(i => i.value),
        contactAttributes: attributes,
        keywords: commaList(value('rule-keywords')),
        businessHours: value('rule-hours') || null,
      },
      actions: {
        teamId: kind === 'team' ? Number(id) : null,
        agentId: kind === 'agent' ? Number(id) : null,
        maxOpenPerAgent: cap === '' ? null : Number(cap),
        priority: value('rule-priority') || null,
        tags: commaList(value('rule-tags')),
      },
    };
  }
}

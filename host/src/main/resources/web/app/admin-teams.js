// Admin: teams that routing rules assign conversations to. Create, rename, delete (its
// conversations stay, without a team), and choose the members; each member's availability shows,
// since only online members are routed new conversations.
import { h, fill, announce } from './dom.js';
import { api } from './api.js';
import { field, showProblem, confirmIn, pageFrame, grid, wideRow } from './admin-kit.js';

export class TeamsPage {
  mount(main) {
    const { table, body } = grid('teams', ['Team', 'Members', '']);
    this.rows = body;
    this.editor = h('section', { class: 'editor', id: 'team-editor', hidden: true });
    pageFrame(main, 'Teams', 'Routing rules assign new conversations to a team: round-robin among its online members.',
      this.createForm(), this.editor, table);
    this.load();
  }

  async load() {
    try {
      [this.teams, this.agents] = await Promise.all([api.get('/api/v1/admin/teams'), api.get('/api/v1/agents')]);
    } catch (e) {
      fill(this.rows, wideRow(3, e.message, 'error'));
      return;
    }
    fill(this.rows, this.teams.length ? this.teams.map(t => this.row(t)) : wideRow(3, 'No teams yet.'));
  }

  createForm() {
    const error = h('p', { class: 'error', role: 'alert' });
    const name = h('input', { id: 'new-team-name', name: 'name', required: true, autocomplete: 'off', maxLength: 200 });
    const form = h('form', { class: 'card inline-form', id: 'new-team', on: { submit: async e => {
      e.preventDefault();
      try {
        const team = await api.post('/api/v1/admin/teams', { name: name.value.trim() });
        form.reset();
        error.textContent = '';
        announce(`Team ${team.name} created. Add its members next.`);
        await this.load();
        this.openMembers(team);
      } catch (ex) {
        showProblem(form, error, ex);
      }
    } } },
      h('h2', {}, 'New team'),
      h('div', { class: 'form-row' }, field('new-team-name', 'Name', name),
        h('button', { type: 'submit', class: 'primary', id: 'create-team' }, 'Create team')),
      error);
    return form;
  }

  row(t) {
    const actions = h('td', { class: 'actions' },
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.openMembers(t) } }, 'Members'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.openRename(t) } }, 'Rename'),
      h('button', { type: 'button', class: 'ghost danger-text', on: { click: () => confirmIn(actions,
        `Delete the team ${t.name}? Its conversations stay, without a team; rules that assign to it stop matching.`,
        'Delete team', () => this.remove(t)) } }, 'Delete'));
    return h('tr', { dataset: { team: t.name } },
      h('th', { scope: 'row' }, t.name),
      h('td', {}, t.members.length ? h('ul', { class: 'members' }, t.members.map(m => h('li', {},
        h('span', { class: ['avail', 'av-' + m.availability], title: m.availability }), m.name,
        h('span', { class: 'muted small' }, ' ' + m.availability)))) : h('span', { class: 'muted' }, 'No members')),
      actions);
  }

  openRename(t) {
    const error = h('p', { class: 'error', role: 'alert' });
    const name = h('input', { id: 'team-name', value: t.name, required: true, maxLength: 200 });
    const form = h('form', { class: 'card stack', id: 'team-rename', on: { submit: async e => {
      e.preventDefault();
      try {
        await api.patch('/api/v1/admin/teams/' + t.id, { name: name.value.trim() });
        this.closeEditor();
        announce('Team renamed.');
        this.load();
      } catch (ex) {
        showProblem(form, error, ex);
      }
    } } }, h('h2', {}, `Rename ${t.name}`), field('team-name', 'Name', name, { field: 'name' }), error,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.closeEditor() } }, 'Cancel')));
    this.showEditor(form, name);
  }

  openMembers(t) {
    const error = h('p', { class: 'error', role: 'alert' });
    const current = new Set(t.members.map(m => m.id));
    const boxes = (this.agents || []).map(a => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: 'member', value: String(a.id), checked: current.has(a.id),
        dataset: { name: a.name } }),
      ` ${a.name} `, h('span', { class: 'muted small' }, `${a.role} · ${a.availability} · ${a.openConversations} open`)));
    const form = h('form', { class: 'card stack', id: 'team-members', on: { submit: async e => {
      e.preventDefault();
      const userIds = [...form.querySelectorAll('input[name=member]:checked')].map(i => Number(i.value));
      try {
        const team = await api.put(`/api/v1/admin/teams/${t.id}/members`, { userIds });
        this.closeEditor();
        announce(`${team.name} has ${team.members.length} member${team.members.length === 1 ? '' : 's'}.`);
        this.load();
      } catch (ex) {
        showProblem(form, error, ex);
      }
    } } }, h('h2', {}, `Members of ${t.name}`),
    h('fieldset', { class: 'checks' }, h('legend', {}, 'Agents in this team'), boxes.length ? boxes
      : h('p', { class: 'muted' }, 'No active users.')),
    error,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-members' }, 'Save members'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.closeEditor() } }, 'Cancel')));
    this.showEditor(form, form.querySelector('input'));
  }

  async remove(t) {
    try {
      await api.del('/api/v1/admin/teams/' + t.id);
      announce(`Team ${t.name} deleted.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  showEditor(form, focus) {
    fill(this.editor, form);
    this.editor.hidden = false;
    if (focus) focus.focus();
  }

  closeEditor() {
    this.editor.hidden = true;
    this.editor.replaceChildren();
  }
}

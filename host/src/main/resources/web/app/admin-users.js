// Admin: create agents and admins, change roles, deactivate (which signs them out everywhere),
// reactivate, and reset passwords. New passwords can be generated and are shown once.
import { h, fill, announce } from './dom.js';
import { api } from './api.js';

export class UsersPage {
  constructor(session) {
    this.session = session;
  }

  mount(main) {
    this.rows = h('tbody', { id: 'user-rows' });
    this.notice = h('div', { id: 'user-notice', role: 'status' });
    fill(main, h('div', { class: 'page' },
      h('div', { class: 'page-head' }, h('h1', { tabindex: '-1', 'data-skip-target': '' }, 'Users')),
      this.createForm(), this.notice,
      h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'users' },
        h('thead', {}, h('tr', {}, ['Name', 'Email', 'Role', 'Status', ''].map(t => h('th', { scope: 'col' }, t)))),
        this.rows))));
    this.load();
  }

  async load() {
    try {
      const users = await api.get('/api/v1/admin/users');
      fill(this.rows, users.map(u => this.row(u)));
    } catch (e) {
      fill(this.rows, h('tr', {}, h('td', { colspan: 5, class: 'error' }, e.message)));
    }
  }

  createForm() {
    const error = h('p', { class: 'error', role: 'alert' });
    const password = h('input', { id: 'new-user-password', name: 'password', type: 'text', minLength: 10, required: true,
      autocomplete: 'new-password', 'aria-describedby': 'new-user-password-help' });
    const form = h('form', { class: 'card inline-form', id: 'new-user', 'aria-labelledby': 'new-user-title', on: { submit: async e => {
      e.preventDefault();
      error.textContent = '';
      const data = new FormData(form);
      try {
        const user = await api.post('/api/v1/admin/users', { name: data.get('name').trim(), email: data.get('email').trim(),
          role: data.get('role'), password: data.get('password') });
        this.showPassword(`${user.name} can now sign in as ${user.email} with the password`, data.get('password'));
        form.reset();
        this.load();
      } catch (ex) {
        error.textContent = ex.message;
      }
    } } },
      h('h2', { id: 'new-user-title' }, 'Add an agent or admin'),
      h('div', { class: 'form-grid' },
        labelled('new-user-name', 'Name', h('input', { id: 'new-user-name', name: 'name', required: true, autocomplete: 'off' })),
        labelled('new-user-email', 'Email', h('input', { id: 'new-user-email', name: 'email', type: 'email', required: true, autocomplete: 'off' })),
        labelled('new-user-role', 'Role', h('select', { id: 'new-user-role', name: 'role' },
          h('option', { value: 'agent' }, 'Agent'), h('option', { value: 'admin' }, 'Admin'))),
        labelled('new-user-password', 'Password', h('div', { class: 'copy-box' }, password,
          h('button', { type: 'button', class: 'ghost', on: { click: () => { password.value = generatePassword(); } } }, 'Generate')))),
      h('p', { class: 'help', id: 'new-user-password-help' }, 'At least 10 characters. Hand it over privately; the user should keep it secret.'),
      error,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Add user')));
    return form;
  }

  row(u) {
    const me = u.id === this.session.user.id;
    const cell = h('td', { class: 'actions' });
    const role = h('select', { 'aria-label': `Role of ${u.name}`, value: u.role, disabled: me,
      on: { change: e => this.update(u, { role: e.target.value }) } },
    h('option', { value: 'agent' }, 'Agent'), h('option', { value: 'admin' }, 'Admin'));
    cell.append(
      h('button', { type: 'button', class: 'ghost', disabled: me, on: { click: () => this.update(u, { active: !u.active }) } },
        u.active ? 'Deactivate' : 'Reactivate'),
      // Resetting your own password would end the session that shows the new one.
      h('button', { type: 'button', class: 'ghost', disabled: me, title: me ? 'Ask another admin to reset your password' : null,
        on: { click: () => this.resetPassword(u) } }, 'Reset password'));
    return h('tr', { dataset: { user: u.email }, class: u.active ? null : 'inactive' },
      h('th', { scope: 'row' }, u.name, me && h('span', { class: 'muted' }, ' (you)')),
      h('td', {}, u.email),
      h('td', {}, role),
      h('td', {}, h('span', { class: ['pill', u.active ? 'us-active' : 'us-inactive'] }, u.active ? 'active' : 'deactivated')),
      cell);
  }

  async update(user, change) {
    try {
      const after = await api.patch('/api/v1/admin/users/' + user.id, change);
      announce(change.active === false ? `${after.name} is deactivated and signed out everywhere.`
        : change.active === true ? `${after.name} can sign in again.` : `${after.name} is now ${after.role === 'admin' ? 'an admin' : 'an agent'}.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  async resetPassword(user) {
    const password = generatePassword();
    try {
      await api.post(`/api/v1/admin/users/${user.id}/password`, { password });
      this.showPassword(`${user.name}'s browser sessions have ended. Their new password is`, password);
    } catch (e) {
      announce(e.message, 'error');
    }
  }

  showPassword(text, password) {
    fill(this.notice, h('div', { class: 'card created' }, h('p', {}, text + ' '),
      h('code', { class: 'secret', id: 'shown-password' }, password),
      h('p', { class: 'muted' }, 'It is shown only now. Hand it over privately.'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.notice.replaceChildren() } }, 'Done')));
  }
}

function labelled(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function generatePassword() {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => alphabet[b % alphabet.length]).join('');
}

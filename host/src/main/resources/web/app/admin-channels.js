// Admin: channel instances. Create one by picking a channel plugin's type and filling the form
// generated from its config schema; the webhook URL to paste into the provider is shown.
import { h, fill, announce } from './dom.js';
import { api } from './api.js';
import { configFields } from './channel-form.js';

export class ChannelsPage {
  mount(main) {
    this.rows = h('tbody', { id: 'channel-rows' });
    this.editor = h('section', { class: 'editor', id: 'channel-editor', 'aria-label': 'Channel form', hidden: true });
    fill(main, h('div', { class: 'page' },
      h('div', { class: 'page-head' },
        h('h1', { tabindex: '-1', 'data-skip-target': '' }, 'Channels'),
        h('button', { type: 'button', class: 'primary', id: 'new-channel', on: { click: () => this.openCreate() } }, 'New channel')),
      this.editor,
      h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'channels' },
        h('thead', {}, h('tr', {}, ['Name', 'Type', 'Status', 'Webhook URL', ''].map(t => h('th', { scope: 'col' }, t)))),
        this.rows))));
    this.ready = this.load();
  }

  async load() {
    try {
      [this.types, this.channels] = await Promise.all([api.get('/api/v1/admin/channel-types'), api.get('/api/v1/admin/channels')]);
    } catch (e) {
      fill(this.rows, h('tr', {}, h('td', { colspan: 5, class: 'error' }, e.message)));
      return;
    }
    fill(this.rows, this.channels.length ? this.channels.map(c => this.row(c))
      : h('tr', {}, h('td', { colspan: 5, class: 'empty' }, 'No channels yet. Create one with “New channel”.')));
  }

  typeName(id) {
    const type = (this.types || []).find(t => t.id === id);
    return type ? type.displayName : id;
  }

  row(c) {
    const actions = h('td', { class: 'actions' },
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.openEdit(c) } }, 'Edit'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.setEnabled(c, !c.enabled) } }, c.enabled ? 'Disable' : 'Enable'),
      h('button', { type: 'button', class: 'ghost danger-text', on: { click: () => this.confirmDelete(c, actions) } }, 'Delete'));
    return h('tr', { dataset: { channel: c.key } },
      h('th', { scope: 'row' }, c.name, h('div', { class: 'muted small' }, 'key ', h('code', {}, c.key))),
      h('td', {}, this.typeName(c.channelType)),
      h('td', {}, h('span', { class: ['pill', 'cs-' + c.status] }, c.status.replace('_', ' '))),
      h('td', {}, webhookBox(c.webhookUrl)),
      actions);
  }

  async openCreate() {
    await this.ready;
    if (!this.types || !this.types.length) {
      announce('No channel plugin is started, so there is nothing to create.', 'error');
      return;
    }
    const picker = h('select', { id: 'channel-type', name: 'type', on: { change: () => renderFields() } },
      this.types.map(t => h('option', { value: t.id }, `${t.displayName} (${t.pluginId})`)));
    const fieldsHolder = h('div', { class: 'fields' });
    let form = null;
    const renderFields = () => {
      const type = this.types.find(t => t.id === picker.value);
      form = configFields(type.configFields, {}, []);
      fill(fieldsHolder, form.nodes);
    };
    this.showEditor('New channel', [
      h('div', { class: 'field' }, h('label', { for: 'channel-type' }, 'Channel type'), picker),
      textField('channel-name', 'Name', '', true, 'Shown to agents, such as “Support WhatsApp”.'),
      textField('channel-key', 'Key (optional)', '', false, 'Part of the webhook URL; generated when empty. Never reused.'),
      fieldsHolder,
    ], async () => {
      const created = await api.post('/api/v1/admin/channels', { type: picker.value, name: valueOf('channel-name'),
        key: valueOf('channel-key') || undefined, config: form.values() });
      this.showCreated(created);
    }, () => form);
    renderFields();
    picker.focus();
  }

  openEdit(c) {
    const type = (this.types || []).find(t => t.id === c.channelType);
    const form = type ? configFields(type.configFields, c.config, c.secretsSet) : null;
    this.showEditor(`Edit ${c.name}`, [
      textField('channel-name', 'Name', c.name, true),
      form ? form.nodes : h('p', { class: 'warn' }, `The ${c.channelType} plugin is not started: only the name can be changed now.`),
    ], async () => {
      await api.put('/api/v1/admin/channels/' + c.id, { name: valueOf('channel-name'), config: form ? form.values() : undefined });
      this.closeEditor();
      announce(`${valueOf('channel-name') || c.name} saved.`);
    }, () => form);
  }

  showEditor(title, nodes, save, currentForm) {
    const error = h('p', { class: 'error', role: 'alert', id: 'channel-error' });
    const submit = h('button', { type: 'submit', class: 'primary', id: 'save-channel' }, 'Save channel');
    fill(this.editor, h('form', { class: 'stack card', id: 'channel-form', on: { submit: async e => {
      e.preventDefault();
      error.textContent = '';
      submit.disabled = true;
      try {
        await save();
        this.load();
      } catch (ex) {
        error.textContent = ex.message;
        const form = currentForm();
        if (form) form.showErrors(ex.problem && ex.problem.errors);
      } finally {
        submit.disabled = false;
      }
    } } },
      h('h2', {}, title), nodes, error,
      h('div', { class: 'form-actions' }, submit,
        h('button', { type: 'button', class: 'ghost', on: { click: () => this.closeEditor() } }, 'Cancel'))));
    this.editor.hidden = false;
  }

  showCreated(c) {
    fill(this.editor, h('div', { class: 'card created', id: 'channel-created', role: 'status' },
      h('h2', {}, `${c.name} is ready`),
      h('p', {}, 'Paste this webhook URL into the provider’s settings, so its messages reach the desk:'),
      webhookBox(c.webhookUrl),
      c.secretsSet.length > 0 && h('p', { class: 'muted' }, `Secrets stored encrypted: ${c.secretsSet.join(', ')}. They are never shown again.`),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.closeEditor() } }, 'Done')));
  }

  closeEditor() {
    this.editor.hidden = true;
    this.editor.replaceChildren();
  }

  async setEnabled(c, enabled) {
    try {
      await api.put('/api/v1/admin/channels/' + c.id, { enabled });
      announce(`${c.name} ${enabled ? 'enabled' : 'disabled'}.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  confirmDelete(c, cell) {
    const prompt = h('div', { class: 'confirm', role: 'group', 'aria-label': 'Confirm delete' },
      h('p', {}, `Delete ${c.name}? Its webhook stops working; conversations stay.`),
      h('button', { type: 'button', class: 'danger', on: { click: () => this.remove(c) } }, 'Delete'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => prompt.remove() } }, 'Cancel'));
    cell.append(prompt);
    prompt.querySelector('button').focus();
  }

  async remove(c) {
    try {
      await api.del('/api/v1/admin/channels/' + c.id);
      announce(`${c.name} deleted.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }
}

function textField(id, label, value, required, help) {
  return h('div', { class: 'field' }, h('label', { for: id }, label, required && h('span', { class: 'req', 'aria-hidden': 'true' }, ' *')),
    h('input', { id, name: id, type: 'text', value, required, autocomplete: 'off', 'aria-describedby': help ? id + '-help' : null }),
    help && h('p', { class: 'help', id: id + '-help' }, help));
}

function valueOf(id) {
  const input = document.getElementById(id);
  return input ? input.value.trim() : '';
}

function webhookBox(url) {
  const input = h('input', { type: 'text', class: 'webhook-url', value: url, readOnly: true, 'aria-label': 'Webhook URL',
    on: { focus: e => e.target.select() } });
  return h('div', { class: 'copy-box' }, input,
    h('button', { type: 'button', class: 'ghost', on: { click: async () => {
      input.select();
      try {
        await navigator.clipboard.writeText(url);
        announce('Webhook URL copied.');
      } catch (e) {
        announce('Press Ctrl+C to copy the selected URL.');
      }
    } } }, 'Copy'));
}

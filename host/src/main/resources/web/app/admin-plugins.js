// Admin: every installed plugin with its version, provider, required API range, state (and why
// it failed or was stopped), health and what it contributes; upload (checked, previewed, then
// installed or upgraded), start, stop, enable, disable and remove at run time; the audit log.
import { h, fill, announce, fullTime } from './dom.js';
import { api } from './api.js';

export class PluginsPage {
  mount(main) {
    this.body = h('tbody', { id: 'plugin-rows' });
    this.preview = h('div', { id: 'plugin-preview', 'aria-live': 'polite' });
    this.audit = h('tbody', { id: 'audit-rows' });
    this.file = h('input', { type: 'file', id: 'plugin-file', accept: '.zip,application/zip' });
    this.signature = h('input', { type: 'file', id: 'plugin-signature', accept: '.sig,text/plain' });
    fill(main, h('div', { class: 'page' },
      h('div', { class: 'page-head' }, h('h1', { tabindex: '-1', 'data-skip-target': '' }, 'Plugins'),
        h('p', { class: 'muted' }, 'Channels, surveys and metrics come from plugins. Disabling or stopping a plugin stops its channels: their webhooks answer 503 so providers retry later.')),
      h('form', { class: 'card upload', id: 'plugin-upload', on: { submit: e => this.upload(e) } },
        h('h2', {}, 'Install or upgrade a plugin'),
        h('div', { class: 'field' }, h('label', { for: 'plugin-file' }, 'Plugin zip'), this.file),
        h('div', { class: 'field' }, h('label', { for: 'plugin-signature' }, 'Signature (optional, required when signing keys are trusted)'), this.signature),
        h('button', { type: 'submit', class: 'primary', id: 'upload-plugin' }, 'Check upload')),
      this.preview,
      h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'plugins' },
        h('thead', {}, h('tr', {}, ['Plugin', 'Version', 'Provider', 'Plugin API', 'State', 'Health', 'Contributes', ''].map(t =>
          h('th', { scope: 'col' }, t)))),
        this.body)),
      h('h2', {}, 'Audit log'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'audit' },
        h('thead', {}, h('tr', {}, ['When', 'Who', 'What', 'Target', 'Details'].map(t => h('th', { scope: 'col' }, t)))),
        this.audit))));
    this.load();
  }

  async load() {
    try {
      const plugins = await api.get('/api/v1/admin/plugins');
      fill(this.body, plugins.length ? plugins.map(p => this.row(p))
        : h('tr', {}, h('td', { colspan: 8, class: 'empty' }, 'No plugins are installed.')));
    } catch (e) {
      fill(this.body, h('tr', {}, h('td', { colspan: 8, class: 'error' }, e.message)));
    }
    this.loadAudit();
  }

  async loadAudit() {
    try {
      const entries = await api.get('/api/v1/admin/audit?limit=30');
      fill(this.audit, entries.map(a => h('tr', {}, h('td', {}, fullTime(a.at)), h('td', {}, a.actor),
        h('td', {}, h('code', {}, a.action)), h('td', {}, a.target || ''), h('td', { class: 'small' }, a.details || ''))));
    } catch (e) {
      fill(this.audit, h('tr', {}, h('td', { colspan: 5, class: 'error' }, e.message)));
    }
  }

  row(p) {
    const contributes = [['Channels', p.channelTypes], ['Surveys', p.surveyTypes], ['Metrics', p.metricTypes]]
      .filter(([, list]) => list.length).map(([label, list]) => h('div', {}, h('span', { class: 'muted' }, label + ': '),
        list.map(id => h('code', { class: 'chip' }, id))));
    const state = p.state === 'started' || !p.failure ? p.state : (p.state === 'stopped' ? 'stopped' : 'failed');
    const health = p.health;
    const actions = h('td', { class: 'actions' },
      h('button', { type: 'button', class: p.enabled ? 'ghost' : 'primary', 'aria-label': `${p.enabled ? 'Disable' : 'Enable'} ${p.id}`,
        on: { click: e => this.act(p, p.enabled ? 'disable' : 'enable', e.target) } }, p.enabled ? 'Disable' : 'Enable'),
      p.enabled && h('button', { type: 'button', class: 'ghost', 'aria-label': `${p.state === 'started' ? 'Stop' : 'Start'} ${p.id}`,
        on: { click: e => this.act(p, p.state === 'started' ? 'stop' : 'start', e.target) } }, p.state === 'started' ? 'Stop' : 'Start'),
      !p.bundled && h('button', { type: 'button', class: 'ghost danger-text', 'aria-label': `Remove ${p.id}`,
        on: { click: () => this.confirmRemove(p, actions) } }, 'Remove'));
    return h('tr', { dataset: { plugin: p.id } },
      h('th', { scope: 'row' }, h('div', { class: 'plugin-id' }, p.id), p.description && h('div', { class: 'muted small' }, p.description),
        p.bundled && h('div', { class: 'muted small' }, 'bundled')),
      h('td', {}, p.version),
      h('td', {}, p.provider || '—'),
      h('td', {}, h('code', {}, p.requires || 'any')),
      h('td', {}, h('span', { class: ['pill', 'ps-' + state] }, state), p.failure && h('div', { class: 'failure' }, p.failure)),
      h('td', { class: 'health' }, `${health.failures} failed of ${health.calls} calls`,
        health.timeouts ? h('div', { class: 'muted small' }, `${health.timeouts} timed out`) : null,
        health.lastError && h('div', { class: 'failure' }, 'Last error: ' + health.lastError)),
      h('td', {}, contributes.length ? contributes : h('span', { class: 'muted' }, p.state === 'started' ? 'nothing' : '— (not started)')),
      actions);
  }

  async act(plugin, action, button) {
    button.disabled = true;
    try {
      const after = await api.post(`/api/v1/admin/plugins/${encodeURIComponent(plugin.id)}/${action}`);
      announce(`${after.id} is ${after.failure ? after.state + ': ' + after.failure : after.state}.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  confirmRemove(p, cell) {
    const choice = h('select', { id: 'remove-channels', 'aria-label': 'Its channels' },
      h('option', { value: 'disable' }, 'keep its channels, disabled'),
      h('option', { value: 'delete' }, 'delete its channels'));
    const prompt = h('div', { class: 'confirm', role: 'group', 'aria-label': 'Confirm remove' },
      h('p', {}, `Remove ${p.id} ${p.version}? Its files and settings are deleted.`), choice,
      h('button', { type: 'button', class: 'danger', id: 'confirm-remove', on: { click: () => this.remove(p, choice.value) } }, 'Remove'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => prompt.remove() } }, 'Cancel'));
    cell.append(prompt);
    choice.focus();
  }

  async remove(p, channels) {
    try {
      const result = await api.del(`/api/v1/admin/plugins/${encodeURIComponent(p.id)}?channels=${channels}`);
      announce(`${result.id} ${result.version} removed` + (result.dependents.length ? ` (${result.dependents.length} channel(s) ${channels === 'delete' ? 'deleted' : 'disabled'}).` : '.'));
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  async upload(event) {
    event.preventDefault();
    const zip = this.file.files[0];
    if (!zip) {
      announce('Choose a plugin zip first.', 'error');
      return;
    }
    const headers = {};
    if (this.signature.files[0]) headers['Plugin-Signature'] = (await this.signature.files[0].text()).trim();
    try {
      this.showPreview(await api.upload('/api/v1/admin/plugins/uploads', zip, headers));
    } catch (e) {
      fill(this.preview, h('div', { class: 'card refused', role: 'alert', id: 'upload-refused' },
        h('h2', {}, 'Refused'), h('p', {}, e.message)));
    }
    this.loadAudit();
  }

  showPreview(p) {
    const facts = [['Plugin', `${p.id} ${p.version}`], ['Provider', p.provider || '—'], ['Needs plugin API', p.requires],
      ['License', p.license || '—'], ['SHA-256', p.sha256], ['Signature', p.signedBy ? 'signed by ' + p.signedBy : 'unsigned'],
      ['Size', `${Math.ceil(p.size / 1024)} KiB, ${p.entries} entries`]];
    if (p.installedVersion) facts.push(['Installed now', p.installedVersion]);
    fill(this.preview, h('div', { class: 'card preview', id: 'upload-preview', dataset: { upload: p.uploadId } },
      h('h2', {}, p.action === 'upgrade' ? `Upgrade ${p.id} to ${p.version}?` : `Install ${p.id} ${p.version}?`),
      p.description && h('p', { class: 'muted' }, p.description),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, k === 'SHA-256' ? h('code', {}, v) : v)])),
      h('p', {}, 'Contributes:'),
      h('ul', { class: 'extensions' }, p.extensions.map(x => h('li', {}, h('code', { class: 'chip' }, x.extensionPoint), ' ', x.className))),
      h('button', { type: 'button', class: 'primary', id: 'install-plugin', on: { click: e => this.install(p, e.target) } },
        p.action === 'upgrade' ? 'Upgrade' : 'Install'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.discard(p) } }, 'Discard')));
  }

  async install(p, button) {
    button.disabled = true;
    try {
      const after = await api.post(`/api/v1/admin/plugins/uploads/${p.uploadId}/install`);
      announce(`${after.id} ${after.version} is ${after.state}.`);
      fill(this.preview);
      this.file.value = '';
    } catch (e) {
      announce(e.message, 'error');
      button.disabled = false;
    }
    this.load();
  }

  async discard(p) {
    try {
      await api.del(`/api/v1/admin/plugins/uploads/${p.uploadId}`);
    } catch (e) {
      announce(e.message, 'error');
    }
    fill(this.preview);
    this.loadAudit();
  }
}

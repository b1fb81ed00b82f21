// Admin: every installed plugin with its version, provider, required API range, state (and why
// it failed), what it contributes; enable and disable at run time.
import { h, fill, announce } from './dom.js';
import { api } from './api.js';

export class PluginsPage {
  mount(main) {
    this.body = h('tbody', { id: 'plugin-rows' });
    fill(main, h('div', { class: 'page' },
      h('div', { class: 'page-head' }, h('h1', { tabindex: '-1', 'data-skip-target': '' }, 'Plugins'),
        h('p', { class: 'muted' }, 'Channels, surveys and metrics come from plugins. Disabling a plugin stops its channels: their webhooks answer 503 so providers retry later.')),
      h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id: 'plugins' },
        h('thead', {}, h('tr', {}, ['Plugin', 'Version', 'Provider', 'Plugin API', 'State', 'Contributes', ''].map(t =>
          h('th', { scope: 'col' }, t)))),
        this.body))));
    this.load();
  }

  async load() {
    try {
      const plugins = await api.get('/api/v1/admin/plugins');
      fill(this.body, plugins.length ? plugins.map(p => this.row(p))
        : h('tr', {}, h('td', { colspan: 7, class: 'empty' }, 'No plugins are installed.')));
    } catch (e) {
      fill(this.body, h('tr', {}, h('td', { colspan: 7, class: 'error' }, e.message)));
    }
  }

  row(p) {
    const contributes = [['Channels', p.channelTypes], ['Surveys', p.surveyTypes], ['Metrics', p.metricTypes]]
      .filter(([, list]) => list.length).map(([label, list]) => h('div', {}, h('span', { class: 'muted' }, label + ': '),
        list.map(id => h('code', { class: 'chip' }, id))));
    const state = p.failure ? 'failed' : p.state;
    return h('tr', { dataset: { plugin: p.id } },
      h('th', { scope: 'row' }, h('div', { class: 'plugin-id' }, p.id), p.description && h('div', { class: 'muted small' }, p.description)),
      h('td', {}, p.version),
      h('td', {}, p.provider || '—'),
      h('td', {}, h('code', {}, p.requires || 'any')),
      h('td', {}, h('span', { class: ['pill', 'ps-' + state] }, state),
        p.failure && h('div', { class: 'failure' }, p.failure)),
      h('td', {}, contributes.length ? contributes : h('span', { class: 'muted' }, p.state === 'started' ? 'nothing' : '— (not started)')),
      h('td', { class: 'actions' }, h('button', { type: 'button', class: p.enabled ? 'ghost' : 'primary',
        'aria-label': `${p.enabled ? 'Disable' : 'Enable'} ${p.id}`, on: { click: e => this.toggle(p, e.target) } },
      p.enabled ? 'Disable' : 'Enable')));
  }

  async toggle(plugin, button) {
    button.disabled = true;
    try {
      const after = await api.post(`/api/v1/admin/plugins/${encodeURIComponent(plugin.id)}/${plugin.enabled ? 'disable' : 'enable'}`);
      announce(`${after.id} is ${after.failure ? 'failed: ' + after.failure : after.state}.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }
}

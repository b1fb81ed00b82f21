// The SLA watch list for agents (#/sla): open conversations whose SLA is breached, and those at
// risk (less business time left than the chosen margin). Refreshed live on sla.breached and
// every half minute, since "at risk" changes with the clock alone.
import { h, fill, channelBadge, contactName, announce } from './dom.js';
import { api, query } from './api.js';
import { describeTarget } from './sla-timer.js';

const MARGINS = [[30, '30 minutes'], [60, '1 hour'], [120, '2 hours'], [240, '4 hours'], [480, '8 hours']];
const REFRESH_MS = 30000;
let margin = 60; // kept while the agent visits other pages

export class SlaPage {
  constructor(session) {
    this.session = session;
    this.details = new Map(); // conversation id -> its summary, fetched once per visit
  }

  mount(main) {
    this.breached = h('ul', { class: 'sla-list', id: 'sla-breached', 'aria-label': 'Breached' });
    this.atRisk = h('ul', { class: 'sla-list', id: 'sla-at-risk', 'aria-label': 'At risk' });
    const marginSelect = h('select', { id: 'sla-margin', value: String(margin), on: { change: e => {
      margin = Number(e.target.value);
      this.load();
    } } }, MARGINS.map(([value, text]) => h('option', { value: String(value) }, text)));
    fill(main, h('div', { class: 'page' },
      h('div', { class: 'page-head' }, h('h1', { tabindex: '-1', 'data-skip-target': '' }, 'SLA watch'),
        h('p', { class: 'muted' }, 'Open conversations that missed a target, or will soon. Times are business time.')),
      h('section', { class: 'card' }, h('h2', {}, 'Breached'), this.breached),
      h('section', { class: 'card' },
        h('div', { class: 'section-head' }, h('h2', {}, 'At risk'),
          h('label', { for: 'sla-margin', class: 'inline-label' }, 'less than ', marginSelect, ' left')),
        this.atRisk)));
    this.unsubscribe = this.session.live.subscribe(name => {
      if (name === 'sla.breached' || name === 'resync') this.load();
    });
    this.timer = setInterval(() => this.load(), REFRESH_MS);
    this.load();
  }

  unmount() {
    clearInterval(this.timer);
    if (this.unsubscribe) this.unsubscribe();
  }

  async load() {
    try {
      const [breached, atRisk] = await Promise.all([
        api.get('/api/v1/sla/conversations' + query({ state: 'breached' })),
        api.get('/api/v1/sla/conversations' + query({ state: 'at-risk', atRiskMinutes: margin }))]);
      await this.summaries(breached.concat(atRisk).map(v => v.conversationId));
      this.show(this.breached, breached, 'No open conversation has missed its SLA.');
      this.show(this.atRisk, atRisk, 'Nothing is close to its SLA.');
    } catch (e) {
      announce('The SLA lists could not be loaded: ' + e.message, 'error');
    }
  }

  async summaries(ids) {
    const missing = [...new Set(ids)].filter(id => !this.details.has(id)).slice(0, 100);
    const found = await Promise.all(missing.map(id => api.get('/api/v1/conversations/' + id)
      .then(d => d.conversation).catch(() => null)));
    missing.forEach((id, i) => this.details.set(id, found[i]));
  }

  show(list, views, emptyText) {
    fill(list, views.length ? views.map(v => this.item(v)) : h('li', { class: 'empty' }, emptyText));
  }

  item(v) {
    const c = this.details.get(v.conversationId);
    const name = c ? contactName(c.contact.name, c.contact.address, c.channel.type) : 'Conversation ' + v.conversationId;
    const targets = [['First response', v.firstResponse], ['Resolution', v.resolution]].filter(([, t]) => t && !t.metAt)
      .map(([label, t]) => {
        const said = describeTarget(t, t.remainingSeconds);
        return h('span', { class: ['sla-target', 'sla-' + said.state] }, `${label}: ${said.text}`);
      });
    return h('li', { dataset: { id: v.conversationId } },
      h('a', { href: '#/inbox/' + v.conversationId, class: 'sla-item' },
        h('span', { class: 'name' }, name),
        c && channelBadge(c.channel.type, c.channel.name),
        c && h('span', { class: 'muted' }, c.assigneeName || 'Unassigned'),
        v.policyName && h('span', { class: 'muted' }, v.policyName),
        v.paused && h('span', { class: 'sla-paused' }, 'paused'),
        targets));
  }
}

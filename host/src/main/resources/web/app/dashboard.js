// Reports dashboard: a period (in the browser's time zone) and a channel; per metric the headline
// figure with its change against the previous period of equal length, a daily chart, and tables
// by channel and by agent; first response time beside CSAT. Figures come from /api/v1/reports.
import { h, fill } from './dom.js';
import { api, query } from './api.js';
import { drawChart } from './dashboard-chart.js';
import { addDays, change, daysBetween, formatFigure, headline, isoDate } from './dashboard-figures.js';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export class DashboardPage {
  mount(main) {
    const today = new Date();
    this.from = h('input', { type: 'date', id: 'dash-from', required: true, value: isoDate(addDays(today, -27)) });
    this.to = h('input', { type: 'date', id: 'dash-to', required: true, value: isoDate(today) });
    this.channel = h('select', { id: 'dash-channel' }, h('option', { value: '' }, 'All channels'));
    this.status = h('p', { class: 'muted', id: 'dash-status', role: 'status' });
    this.headlines = h('div', { class: 'dash-cards', id: 'dash-headlines' });
    this.side = h('div', { class: 'dash-side', id: 'dash-side' });
    this.charts = h('div', { class: 'dash-charts', id: 'dash-charts' });
    this.tables = h('div', { class: 'dash-tables', id: 'dash-tables' });
    fill(main, h('div', { class: 'page' },
      h('div', { class: 'page-head' }, h('h1', { tabindex: '-1', 'data-skip-target': '' }, 'Reports'),
        h('p', { class: 'muted' }, 'Figures for the period, with the change against the period of equal length before it. Times in ',
          h('strong', { id: 'dash-zone' }, ZONE), '.')),
      h('form', { class: 'dash-controls', id: 'dash-form', on: { submit: e => { e.preventDefault(); this.load(); } } },
        h('label', {}, 'From ', this.from), h('label', {}, 'To (inclusive) ', this.to),
        h('label', {}, 'Channel ', this.channel), h('button', { type: 'submit', class: 'primary' }, 'Show')),
      this.status, this.headlines, this.side, this.charts, this.tables));
    this.names = {};
    this.loadChannels();
    api.get('/api/v1/users').then(users => users.forEach(u => { this.names[u.id] = u.name; })).catch(() => {});
    this.load();
  }

  async loadChannels() {
    try {
      const channels = await api.get('/api/v1/channels');
      const types = [...new Set(channels.map(c => c.type))].sort();
      types.forEach(t => this.channel.append(h('option', { value: t }, t)));
    } catch (e) {
      // The picker keeps "All channels"; the figures still load.
    }
  }

  /** The API parameters of the chosen period, or of the one of equal length before it. */
  params(previous) {
    const days = daysBetween(this.from.value, this.to.value) + 1;
    const shift = previous ? -days : 0;
    return { from: isoDate(addDays(this.from.value, shift)), to: isoDate(addDays(this.to.value, shift + 1)),
      zone: ZONE, granularity: 'day', channel: this.channel.value };
  }

  async load() {
    if (!this.from.value || !this.to.value || this.to.value < this.from.value) {
      fill(this.status, 'Choose a period: the first day, then the last day (on or after it).');
      return;
    }
    fill(this.status, 'Loading…');
    try {
      const catalog = await api.get('/api/v1/reports');
      const ids = catalog.metrics.map(m => m.id).concat(catalog.surveys.map(s => 'survey:' + s.id));
      const reports = await Promise.all(ids.map(id => this.fetch(id)));
      this.render(reports, catalog);
      const backfilling = catalog.metrics.filter(m => m.backfill && m.backfill.running);
      fill(this.status, backfilling.length ? 'Still computing history for: '
        + backfilling.map(m => `${m.name} (${Math.round((m.backfill.progress || 0) * 100)}%)`).join(', ') : '');
    } catch (e) {
      fill(this.status, h('span', { class: 'error' }, e.message));
    }
  }

  async fetch(id) {
    const path = '/api/v1/reports/' + encodeURIComponent(id);
    const byAgent = { ...this.params(false), cut: 'agent' };
    const byChannel = { ...this.params(false), cut: 'channel', channel: '' };
    const [now, before, channels, agents] = await Promise.all([
      api.get(path + query(this.params(false))), api.get(path + query(this.params(true))),
      api.get(path + query(byChannel)), api.get(path + query(byAgent))]);
    return { id, now, before, channels, agents };
  }

  render(reports, catalog) {
    const known = new Set([...this.channel.options].map(o => o.value));
    reports.forEach(r => r.channels.series.forEach(s => {
      if (s.key !== 'all' && !known.has(s.key)) {
        known.add(s.key);
        this.channel.append(h('option', { value: s.key }, s.key)); // a channel seen in the figures
      }
    }));
    const byId = Object.fromEntries(reports.map(r => [r.id, r]));
    fill(this.headlines, reports.map(r => this.card(r)),
      byId['first-response-time'] && this.targetCard(byId['first-response-time']));
    fill(this.side, this.sideBySide(byId['first-response-time'], byId['survey:csat'], catalog));
    fill(this.charts, reports.map(r => h('figure', { class: 'dash-chart', dataset: { metric: r.id } },
      h('figcaption', {}, r.now.name), chartOrNoData(r.now))));
    fill(this.tables, this.table('By channel', 'dash-by-channel', reports, r => r.channels, key => key),
      this.table('By agent', 'dash-by-agent', reports, r => r.agents,
        key => (key === '-' ? 'No agent' : this.names[key] || 'Agent #' + key)));
  }

  card(r) {
    const figure = headline(r.now);
    const now = total(r.now);
    const before = total(r.before);
    const delta = change(r.now, now, before);
    return h('section', { class: 'dash-card', dataset: { metric: r.id } },
      h('h2', {}, r.now.name),
      h('p', { class: 'dash-value' }, now ? formatFigure(r.now, figure, now.figures[figure]) : 'No data'),
      h('p', { class: 'muted small dash-count' }, now ? `${figure} · ${now.count} observations` : 'no observations'),
      h('p', { class: ['small', 'dash-change', delta && delta.better !== null && (delta.better ? 'good' : 'bad')] },
        delta ? delta.text + ' vs previous period' : 'No data for the previous period'));
  }

  targetCard(r) {
    const now = total(r.now);
    const before = total(r.before);
    const share = p => p && p.figures.within_target !== undefined ? p.figures.within_target : null;
    const value = share(now);
    const previous = share(before);
    const hours = r.now.target ? Math.round(r.now.target / 360) / 10 : null;
    return h('section', { class: 'dash-card', dataset: { metric: 'within-target' } },
      h('h2', {}, `Answered within ${hours === null ? 'target' : hours + ' h'}`),
      h('p', { class: 'dash-value' }, value === null ? 'No data' : (value * 100).toFixed(1) + '%'),
      h('p', { class: 'muted small dash-count' }, value === null ? 'no observations' : `${now.count} conversations`),
      h('p', { class: 'small dash-change' }, value !== null && previous !== null
        ? `${((value - previous) * 100).toFixed(1)} points vs previous period` : 'No data for the previous period'));
  }

  sideBySide(frt, csat, catalog) {
    const csatNote = catalog.surveys.some(s => s.id === 'csat') ? null : 'No CSAT survey is installed.';
    return h('section', { class: 'dash-pair' }, h('h2', {}, 'First response time and CSAT'),
      h('div', { class: 'dash-pair-body' },
        h('figure', { class: 'dash-chart', dataset: { metric: 'pair-frt' } }, h('figcaption', {}, 'First response time'),
          frt ? chartOrNoData(frt.now) : h('p', { class: 'no-data' }, 'No data')),
        h('figure', { class: 'dash-chart', dataset: { metric: 'pair-csat' } }, h('figcaption', {}, 'CSAT'),
          csat ? chartOrNoData(csat.now) : h('p', { class: 'no-data' }, csatNote || 'No data'))));
  }

  table(title, id, reports, pick, label) {
    const shown = reports.filter(r => pick(r));
    const keys = [...new Set(shown.flatMap(r => pick(r).series.filter(s => !s.totals.noData).map(s => s.key)))].sort();
    return h('section', { class: 'table-wrap' }, h('h2', {}, title),
      h('table', { class: 'grid', id },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, title.replace('By ', '')),
          shown.map(r => h('th', { scope: 'col' }, r.now.name)))),
        h('tbody', {}, keys.length ? keys.map(key => h('tr', { dataset: { key } }, h('th', { scope: 'row' }, label(key)),
          shown.map(r => {
            const series = pick(r).series.find(s => s.key === key);
            const point = series && !series.totals.noData ? series.totals : null;
            const figure = headline(r.now);
            return h('td', {}, point ? formatFigure(r.now, figure, point.figures[figure]) : '—');
          })))
          : h('tr', {}, h('td', { colspan: shown.length + 1, class: 'empty' }, 'No data')))));
  }
}

function total(report) {
  const series = report.series[0];
  return series && !series.totals.noData ? series.totals : null;
}

function chartOrNoData(report) {
  const series = report.series[0];
  if (!series || series.totals.noData) return h('p', { class: 'no-data' }, 'No data');
  const canvas = h('canvas', { 'aria-label': report.name + ' by day', role: 'img' });
  drawChart(canvas, report, headline(report));
  return h('div', { class: 'dash-canvas' }, canvas);
}

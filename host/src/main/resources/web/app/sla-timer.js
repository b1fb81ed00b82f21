// The SLA bar of an open conversation: business time left for the first response and for the
// resolution, counting down each second while the channel is open, standing still ("paused")
// outside business hours, and flagged the moment the desk announces a breach (sla.breached).
// The server's figures are the truth: the bar reloads them on every change to the conversation.
import { h, fill, fullTime, debounce } from './dom.js';
import { api } from './api.js';

const TARGETS = [['firstResponse', 'First response', 'sla-first-response'], ['resolution', 'Resolution', 'sla-resolution']];
const RETRY_MS = 2000; // a brand-new conversation gets its SLA at the tracker's next sweep (every second)

/** "2d 3h", "1h 05m", "4m 09s", "12s": seconds only while they matter. */
export function formatDuration(totalSeconds) {
  const s = Math.max(0, Math.round(Math.abs(totalSeconds)));
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const two = n => String(n).padStart(2, '0');
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${two(minutes)}m`;
  if (minutes > 0) return `${minutes}m ${two(seconds)}s`;
  return `${seconds}s`;
}

/** One target as words: its state, and the time left or overdue (business time). */
export function describeTarget(target, remaining) {
  if (target.state === 'met') return { state: 'met', text: 'met ' + fullTime(target.metAt) };
  if (target.state === 'breached') {
    return { state: 'breached', text: remaining !== null && remaining < 0 && !target.metAt
      ? `breached · ${formatDuration(remaining)} overdue` : 'breached ' + fullTime(target.breachedAt) };
  }
  if (remaining !== null && remaining <= 0) return { state: 'breached', text: 'due now' };
  return { state: remaining !== null && remaining < 3600 ? 'at-risk' : 'running', text: `${formatDuration(remaining)} left` };
}

export class SlaTimer {
  constructor(session, conversationId) {
    this.session = session;
    this.id = conversationId;
    this.view = null;
    this.loadedAt = 0;
    this.node = h('section', { class: 'sla-bar', id: 'sla', 'aria-label': 'Service level' });
    this.reloadSoon = debounce(() => this.load(), 300);
  }

  start() {
    this.unsubscribe = this.session.live.subscribe((name, data) => {
      if (name === 'resync' || (data && data.conversationId === this.id)) {
        if (name === 'sla.breached') this.load(); else this.reloadSoon();
      }
    });
    this.ticker = setInterval(() => this.tick(), 1000);
    this.load();
    return this.node;
  }

  destroy() {
    this.destroyed = true;
    clearInterval(this.ticker);
    clearTimeout(this.retry);
    if (this.unsubscribe) this.unsubscribe();
  }

  async load() {
    let view;
    try {
      view = await api.get(`/api/v1/conversations/${this.id}/sla`);
    } catch (e) {
      if (!this.destroyed) fill(this.node, h('span', { class: 'muted' }, 'SLA unavailable: ' + e.message));
      return;
    }
    if (this.destroyed) return;
    clearTimeout(this.retry);
    if (!view) {
      this.view = null;
      fill(this.node, h('span', { class: 'muted' }, 'SLA: calculating…'));
      this.retry = setTimeout(() => this.load(), RETRY_MS);
      return;
    }
    this.view = view;
    this.loadedAt = Date.now();
    this.dueReloaded = false;
    this.render();
  }

  /** Seconds of business time left now: the server's figure, minus the seconds since, unless paused. */
  remaining(target) {
    if (target.remainingSeconds === null || target.remainingSeconds === undefined) return null;
    const elapsed = this.view.paused ? 0 : Math.floor((Date.now() - this.loadedAt) / 1000);
    return target.remainingSeconds - elapsed;
  }

  tick() {
    if (!this.view || this.view.paused) return;
    const counting = TARGETS.map(([key]) => this.view[key]).filter(t => t && !t.metAt);
    if (!counting.length) return;
    this.render();
    const running = counting.filter(t => t.state === 'running');
    // At the due time, ask again (the tracker flags the breach within a second; the event follows too).
    if (!this.dueReloaded && running.some(t => this.remaining(t) <= 0)) {
      this.dueReloaded = true;
      setTimeout(() => this.load(), 1500);
    }
  }

  render() {
    const v = this.view;
    const targets = TARGETS.filter(([key]) => v[key]);
    if (!targets.length) {
      fill(this.node, h('span', { class: 'muted', id: 'sla-none' }, 'No SLA applies to this conversation.'));
      this.node.dataset.state = 'none';
      return;
    }
    const running = targets.some(([key]) => v[key].state === 'running');
    const states = targets.map(([key, label, id]) => {
      const target = v[key];
      const said = describeTarget(target, this.remaining(target));
      return { said, node: h('span', { class: ['sla-target', 'sla-' + said.state], id, dataset: { state: said.state },
        title: target.dueAt ? 'Due ' + fullTime(target.dueAt) + ' (business hours)' : null },
      h('span', { class: 'sla-label' }, label + ': '), h('span', { class: 'sla-value' }, said.text)) };
    });
    const breached = states.some(s => s.said.state === 'breached');
    this.node.dataset.state = breached ? 'breached' : v.paused && running ? 'paused' : 'ok';
    fill(this.node,
      h('span', { class: 'sla-policy' }, 'SLA', v.policyName ? ` · ${v.policyName}` : ''),
      states.map(s => s.node),
      v.paused && running && h('span', { class: 'sla-paused', id: 'sla-paused',
        title: 'The clock counts business hours only; it runs again when the channel opens.' }, 'Paused — outside business hours'));
  }
}

// The live event stream (GET /api/v1/events, Server-Sent Events, authenticated by the session
// cookie). EventSource reconnects by itself; after a reconnect listeners are told to resync,
// because events published while the stream was down are not replayed.

const EVENTS = ['message.created', 'message.status', 'conversation.updated', 'agent.availability', 'sla.breached'];

export class LiveStream {
  constructor() {
    this.source = null;
    this.listeners = new Set();
    this.opened = false;
  }

  /** fn(eventName, data); eventName 'resync' after a reconnect. */
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  start() {
    if (this.source) return;
    this.source = new EventSource('/api/v1/events');
    this.source.addEventListener('open', () => {
      if (this.opened) this.emit('resync', {});
      this.opened = true;
      document.body.classList.remove('offline');
    });
    this.source.addEventListener('error', () => document.body.classList.add('offline'));
    EVENTS.forEach(name => this.source.addEventListener(name, event => {
      let data = {};
      try { data = JSON.parse(event.data); } catch (e) { /* ignore a malformed event */ }
      this.emit(name, data);
    }));
  }

  emit(name, data) {
    this.listeners.forEach(fn => {
      try { fn(name, data); } catch (e) { console.error(e); }
    });
  }

  stop() {
    if (this.source) this.source.close();
    this.source = null;
    this.opened = false;
  }
}

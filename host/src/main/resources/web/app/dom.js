// Building DOM without HTML strings: every text goes in as a text node or through textContent,
// so nothing a customer, agent or plugin wrote is ever parsed as HTML.

/**
 * h('a', { class: 'x', href: '#', on: { click: fn }, dataset: { id: 1 }, aria: { label: 'L' } }, 'text', child)
 * Strings and numbers become text nodes; null, undefined and false are skipped; arrays are flattened.
 */
export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  let value$ = null;
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'value') value$ = String(value); // set after the children: a <select> needs its options first
    else if (key === 'class') node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'on') Object.entries(value).forEach(([event, fn]) => node.addEventListener(event, fn));
    else if (key === 'dataset') Object.entries(value).forEach(([k, v]) => { node.dataset[k] = String(v); });
    else if (key === 'aria') Object.entries(value).forEach(([k, v]) => node.setAttribute('aria-' + k, String(v)));
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  if (value$ !== null) node.value = value$;
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "14:05" today, "Mar 3" before. */
export function shortTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toDateString() === new Date().toDateString() ? timeFormat.format(date) : dayFormat.format(date);
}

export function fullTime(iso) {
  return iso ? fullFormat.format(new Date(iso)) : '';
}

/** A <time> element showing a short time with the full one as its title. */
export function timeTag(iso, format = shortTime) {
  return h('time', { datetime: iso, title: fullTime(iso) }, format(iso));
}

/**
 * What to call a customer whose name is unknown: the phone number or email address as is,
 * an anonymous web chat visitor by the end of their id.
 */
export function contactName(name, address, channelType) {
  if (name) return name;
  if (!address) return 'Unknown contact';
  return channelType === 'webchat' ? 'Visitor ' + address.slice(-4) : address;
}

export function initials(name) {
  if (!/\p{L}/u.test(name || '')) return '#';
  const parts = name.replace(/[^\p{L}\s]/gu, '').trim().split(/\s+/).filter(Boolean);
  return ((parts[0] || '?')[0] + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

/** The badge of a channel type: a known type gets its colour, any other a neutral one. */
export function channelBadge(type, label) {
  const known = ['webchat', 'email', 'whatsapp', 'sms', 'voice', 'messenger', 'testsms'];
  return h('span', { class: ['badge', 'channel', known.includes(type) ? 'ch-' + type : 'ch-other'], title: label || type },
    label || type);
}

export function statusPill(status) {
  return h('span', { class: ['pill', 'st-' + status] }, status);
}

/** Debounces a function: many calls within `ms` become one, after the last. */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** A line that tells screen readers (and everyone) what just happened. */
export function announce(text, kind = 'info') {
  const region = document.getElementById('toast');
  if (!region) return;
  fill(region, h('div', { class: ['toast', 'toast-' + kind] }, text));
  clearTimeout(announce.timer);
  announce.timer = setTimeout(() => region.replaceChildren(), 5000);
}

// The agent and admin app: sign-in, the shell (top bar, navigation) and a hash router.
// Routes: #/inbox, #/inbox/ID, #/reports, #/sla, #/admin/plugins, #/admin/channels, #/admin/users,
// #/admin/surveys, and the routing admin pages of routing-pages.js (#/admin/teams, routing, hours, sla).
import { h, fill, announce } from './dom.js';
import { api, onSignedOut } from './api.js';
import { LiveStream } from './live.js';
import { LoginPage } from './login.js';
import { InboxPage } from './inbox.js';
import { PluginsPage } from './admin-plugins.js';
import { ChannelsPage } from './admin-channels.js';
import { UsersPage } from './admin-users.js';
import { SurveysPage } from './admin-surveys.js';
import { DashboardPage } from './dashboard.js';
import { installKeys, showShortcuts } from './keys.js';
import { availabilityControl } from './availability.js';
import { ROUTING_ADMIN_PAGES, SlaPage } from './routing-pages.js';

const root = document.getElementById('app');
const session = { user: null, live: new LiveStream() };
let current = null; // { name, page }

const ADMIN_PAGES = {
  plugins: { title: 'Plugins', create: () => new PluginsPage() },
  channels: { title: 'Channels', create: () => new ChannelsPage() },
  users: { title: 'Users', create: () => new UsersPage(session) },
  surveys: { title: 'Surveys', create: () => new SurveysPage() },
  ...ROUTING_ADMIN_PAGES,
};

async function boot() {
  try {
    session.user = await api.get('/api/v1/auth/me');
  } catch (e) {
    session.user = null;
  }
  onSignedOut(() => { if (session.user) signedOut('Your session has ended. Please sign in again.'); });
  window.addEventListener('hashchange', route);
  installKeys(key => {
    if (key === '?') return showShortcuts();
    return current && current.page.key ? current.page.key(key) : false;
  });
  route();
}

function route() {
  const help = document.getElementById('shortcuts');
  if (help && help.open) help.close();
  if (!session.user) return showLogin();
  const [section, sub] = location.hash.replace(/^#\/?/, '').split('/');
  if (section === 'admin') return showAdmin(sub);
  if (section === 'reports') {
    if (!current || current.name !== 'reports') mount('reports', new DashboardPage(), 'Reports');
    return;
  }
  if (section === 'sla') {
    if (!current || current.name !== 'sla') mount('sla', new SlaPage(session), 'SLA watch');
    return;
  }
  if (section !== 'inbox') {
    location.replace('#/inbox');
    return;
  }
  if (!current || current.name !== 'inbox') mount('inbox', new InboxPage(session), 'Inbox');
  current.page.show(sub ? Number(sub) : null);
}

function showAdmin(sub) {
  const entry = ADMIN_PAGES[sub];
  if (!entry) {
    location.replace('#/admin/plugins');
    return;
  }
  if (session.user.role !== 'admin') {
    mount('forbidden', { mount: main => fill(main, forbidden(entry.title)) }, entry.title);
    return;
  }
  if (!current || current.name !== 'admin-' + sub) mount('admin-' + sub, entry.create(), entry.title);
}

function forbidden(title) {
  return h('div', { class: 'page narrow' },
    h('h1', {}, 'Admins only'),
    h('p', { class: 'forbidden' }, `The ${title} page needs the admin role. You are signed in as `,
      h('strong', {}, session.user.name), ` (${session.user.role}).`),
    h('p', {}, h('a', { href: '#/inbox' }, 'Back to the inbox')));
}

function mount(name, page, title) {
  if (current && current.page.unmount) current.page.unmount();
  if (!document.getElementById('main')) renderShell();
  const main = document.getElementById('main');
  main.replaceChildren();
  main.className = 'main-' + name;
  current = { name, page };
  document.title = title + ' · Switchboard';
  markNav(name);
  page.mount(main);
}

function renderShell() {
  const admin = session.user.role === 'admin';
  const link = (href, text, name) => h('a', { href, dataset: { nav: name } }, text);
  fill(root,
    h('a', { class: 'skip', href: '#main', on: { click: skipToMain } }, 'Skip to content'),
    h('header', { class: 'topbar' },
      h('a', { class: 'brand', href: '#/inbox', 'aria-label': 'Switchboard inbox' }, h('span', { class: 'logo' }),
        h('span', { class: 'brand-text' }, 'Switchboard')),
      h('nav', { 'aria-label': 'Main' },
        link('#/inbox', 'Inbox', 'inbox'),
        link('#/reports', 'Reports', 'reports'),
        link('#/sla', 'SLA', 'sla'),
        admin && link('#/admin/plugins', 'Plugins', 'admin-plugins'),
        admin && link('#/admin/channels', 'Channels', 'admin-channels'),
        admin && link('#/admin/users', 'Users', 'admin-users'),
        admin && link('#/admin/surveys', 'Surveys', 'admin-surveys'),
        admin && Object.entries(ROUTING_ADMIN_PAGES).map(([sub, page]) => link('#/admin/' + sub, page.title, 'admin-' + sub))),
      h('span', { class: 'spacer' }),
      h('span', { class: 'live', title: 'Live updates' }, h('span', { class: 'dot' }), h('span', { class: 'live-text' }, 'Live')),
      h('a', { class: 'demo-link', href: '/demo/widget', target: '_blank', rel: 'noopener' }, 'Widget demo'),
      availabilityControl(session),
      h('span', { class: 'me', title: session.user.email }, session.user.name,
        h('span', { class: 'role' }, session.user.role)),
      h('button', { type: 'button', class: 'ghost', id: 'sign-out', on: { click: signOut } }, 'Sign out')),
    h('main', { id: 'main', tabindex: '-1' }),
    h('div', { id: 'toast', role: 'status', 'aria-live': 'polite' }));
}

function skipToMain(event) {
  event.preventDefault();
  const target = document.querySelector('#main [data-skip-target]') || document.getElementById('main');
  target.focus();
}

function markNav(name) {
  document.querySelectorAll('.topbar nav a').forEach(a => {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

function showLogin() {
  if (current && current.page.unmount) current.page.unmount();
  current = null;
  document.title = 'Sign in · Switchboard';
  new LoginPage(user => {
    session.user = user;
    session.live.start();
    root.replaceChildren();
    route();
  }).mount(root);
}

async function signOut() {
  try {
    await api.post('/api/v1/auth/logout');
  } finally {
    signedOut('You are signed out.');
  }
}

function signedOut(message) {
  session.user = null;
  session.live.stop();
  showLogin();
  announce(message);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

function start() {
  boot().then(() => { if (session.user) session.live.start(); });
}

// The sign-in form. The API sets the HttpOnly session cookie; the page only keeps the user.
import { h, fill } from './dom.js';
import { api } from './api.js';

export class LoginPage {
  constructor(onSignedIn) {
    this.onSignedIn = onSignedIn;
  }

  mount(root) {
    const email = h('input', { id: 'login-email', name: 'email', type: 'email', autocomplete: 'username', required: true });
    const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password',
      required: true });
    const error = h('p', { class: 'error', role: 'alert', id: 'login-error' });
    const button = h('button', { type: 'submit', class: 'primary wide' }, 'Sign in');
    const form = h('form', { class: 'login-card', 'aria-labelledby': 'login-title', on: { submit: async event => {
      event.preventDefault();
      error.textContent = '';
      button.disabled = true;
      try {
        const answer = await api.post('/api/v1/auth/login', { email: email.value.trim(), password: password.value });
        this.onSignedIn(answer.user);
      } catch (e) {
        error.textContent = e.status === 401 ? 'Wrong email or password.' : e.message;
        button.disabled = false;
        password.select();
      }
    } } },
      h('div', { class: 'login-brand' }, h('span', { class: 'logo big' }), 'Switchboard'),
      h('h1', { id: 'login-title' }, 'Sign in to your desk'),
      h('label', { for: 'login-email' }, 'Email'), email,
      h('label', { for: 'login-password' }, 'Password'), password,
      error, button,
      h('p', { class: 'hint' }, 'The first admin login is printed by ./switchboard run when the desk starts.'));
    fill(root, h('main', { class: 'login-page' }, form), h('div', { id: 'toast', role: 'status', 'aria-live': 'polite' }));
    email.focus();
  }
}

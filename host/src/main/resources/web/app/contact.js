// The contact beside the conversation: who they are on every channel, all their conversations
// across channels, editing name/email/phone, and merging two contacts that are one person.
import { h, fill, timeTag, initials, channelBadge, statusPill, debounce, announce, contactName } from './dom.js';
import { api, query } from './api.js';
import { attributesSection } from './contact-attributes.js';
import { contactSurveyAnswers } from './surveys.js';

const KIND_LABELS = { email: 'Email', phone: 'Phone', webchat: 'Web chat visitor' };

export class ContactPanel {
  constructor(session, pane, conversationId) {
    this.session = session;
    this.pane = pane;
    this.conversationId = conversationId;
    this.view = null;
  }

  async load(contactId) {
    try {
      this.view = await api.get('/api/v1/contacts/' + contactId);
    } catch (e) {
      if (e.problem && e.problem.mergedInto) return this.load(e.problem.mergedInto);
      fill(this.pane, h('p', { class: 'error' }, e.message));
      return;
    }
    this.render();
  }

  render() {
    const contact = this.view.contact;
    const first = this.view.conversations[0];
    const name = contactName(contact.name, first && first.contact.address, first && first.channel.type);
    fill(this.pane, h('div', { class: 'contact', id: 'contact-panel' },
      h('div', { class: 'contact-head' }, h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(name)),
        h('div', {}, h('h2', { id: 'contact-name' }, name), h('span', { class: 'muted' }, `Contact #${contact.id}`))),
      h('h3', {}, 'Identities'),
      h('ul', { class: 'identities', id: 'contact-identities' }, contact.identities.map(i =>
        h('li', {}, h('span', { class: 'kind' }, KIND_LABELS[i.kind] || i.kind), h('span', { class: 'address' }, i.address)))),
      attributesSection(contact.id),
      this.editForm(contact),
      h('h3', {}, `Conversations on every channel (${this.view.conversations.length})`),
      h('ul', { class: 'contact-convs', id: 'contact-conversations' }, this.view.conversations.map(c =>
        h('li', {}, h('a', { href: '#/inbox/' + c.id, class: c.id === this.conversationId ? 'current' : null,
          'aria-current': c.id === this.conversationId ? 'true' : null, dataset: { id: c.id, channel: c.channel.type } },
          h('div', { class: 'row' }, channelBadge(c.channel.type, c.channel.name), statusPill(c.status), timeTag(c.updatedAt)),
          h('div', { class: 'preview' }, c.subject || c.preview || '(no messages)'))))),
      ...contactSurveyAnswers(contact.id),
      this.mergeSection(contact)));
  }

  editForm(contact) {
    const field = (id, label, type, value, hint) => [h('label', { for: id }, label),
      h('input', { id, name: id, type, value: value || '', placeholder: hint, autocomplete: 'off' })];
    const error = h('p', { class: 'error', role: 'alert' });
    const actions = h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save contact'));
    const form = h('form', { class: 'stack', id: 'contact-edit', on: { submit: async e => {
      e.preventDefault();
      const data = new FormData(form);
      const edit = { name: data.get('contact-name-input').trim() || undefined,
        email: data.get('contact-email').trim() || undefined, phone: data.get('contact-phone').trim() || undefined };
      await this.save(edit, error, actions);
    } } },
      field('contact-name-input', 'Name', 'text', contact.name),
      field('contact-email', 'Add email', 'email', '', 'name@example.com'),
      field('contact-phone', 'Add phone', 'tel', '', '+15551234567'),
      error, actions);
    return h('details', { class: 'edit' }, h('summary', {}, 'Edit contact'), form);
  }

  async save(edit, error, actions) {
    error.replaceChildren();
    try {
      this.view = await api.patch('/api/v1/contacts/' + this.view.contact.id, edit);
      this.render();
      announce('Contact saved.');
    } catch (e) {
      if (e.status !== 409 || !e.problem.conflict) {
        error.textContent = e.message;
        return;
      }
      const other = e.problem.conflict;
      fill(error, `${other.address} belongs to ${other.contactName || 'contact #' + other.contactId}. `
        + 'If they are the same person, merge that contact into this one: its addresses and conversations move here. ',
      h('button', { type: 'button', class: 'danger', id: 'merge-on-conflict',
        on: { click: () => this.save({ ...edit, merge: true }, error, actions) } },
      `Merge ${other.contactName || 'contact #' + other.contactId} into this contact`));
    }
  }

  mergeSection(contact) {
    const results = h('ul', { class: 'merge-results', id: 'merge-results' });
    const search = h('input', { type: 'search', id: 'merge-search', 'aria-label': 'Find the contact to merge',
      placeholder: 'Name, email or phone', autocomplete: 'off',
      on: { input: debounce(e => this.findCandidates(e.target.value.trim(), contact, results), 250) } });
    return h('details', { class: 'merge' }, h('summary', {}, 'Merge with another contact'),
      h('p', { class: 'hint' }, 'Same person, two contacts? Find the other one and merge it into this contact.'),
      search, results);
  }

  async findCandidates(text, contact, results) {
    if (text.length < 2) return results.replaceChildren();
    const page = await api.get('/api/v1/conversations' + query({ q: text, status: 'all', limit: 30 }));
    const seen = new Map();
    page.items.filter(c => c.contact.id !== contact.id).forEach(c => seen.set(c.contact.id, c.contact));
    fill(results, seen.size === 0 ? h('li', { class: 'muted' }, 'No other contact matches.')
      : [...seen.values()].map(other => h('li', {}, h('span', {}, other.name || other.address),
        h('button', { type: 'button', class: 'ghost', on: { click: e => this.confirmMerge(other, e.target) } }, 'Merge…'))));
  }

  confirmMerge(other, button) {
    const otherName = other.name || other.address;
    const prompt = h('div', { class: 'confirm', role: 'group', 'aria-label': 'Confirm merge' },
      h('p', {}, `Merge ${otherName} into ${this.view.contact.name || 'this contact'}? Its addresses and conversations move here; this cannot be undone.`),
      h('button', { type: 'button', class: 'danger', on: { click: () => this.merge(other.id) } }, 'Merge'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => prompt.remove() } }, 'Cancel'));
    button.closest('li').append(prompt);
    prompt.querySelector('button').focus();
  }

  async merge(otherId) {
    try {
      this.view = await api.post(`/api/v1/contacts/${this.view.contact.id}/merge`, { contactId: otherId });
      this.render();
      announce('Contacts merged.');
    } catch (e) {
      announce(e.message, 'error');
    }
  }
}

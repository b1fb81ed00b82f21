// A contact's custom attributes (vip = true, order_number = 1234) in the contact panel: shown
// as a list, each editable in place or removable, and new ones added. Routing rules and reply
// placeholders read them.
import { h, fill, announce } from './dom.js';
import { api } from './api.js';

export function attributesSection(contactId) {
  const list = h('dl', { class: 'attributes', id: 'contact-attributes' });
  const error = h('p', { class: 'error', role: 'alert', id: 'attribute-error' });
  const name = h('input', { id: 'attribute-name', 'aria-label': 'Attribute name', placeholder: 'name',
    autocomplete: 'off', maxLength: 64 });
  const value = h('input', { id: 'attribute-value', 'aria-label': 'Attribute value', placeholder: 'value', autocomplete: 'off',
    maxLength: 1000 });
  const path = `/api/v1/contacts/${contactId}/attributes`;

  const show = attributes => {
    const entries = Object.entries(attributes || {});
    fill(list, entries.length ? entries.map(([k, v]) => row(k, v)) : h('div', { class: 'muted' }, 'No attributes yet.'));
  };
  const change = async (changes, done) => {
    error.textContent = '';
    try {
      show(await api.patch(path, { attributes: changes }));
      if (done) done();
      return true;
    } catch (e) {
      error.textContent = e.message;
      return false;
    }
  };
  const row = (k, v) => {
    const input = h('input', { value: v, 'aria-label': `Value of ${k}`, class: 'attribute-value', maxLength: 1000,
      on: { change: e => change({ [k]: e.target.value.trim() }, () => announce(`${k} saved.`)) } });
    return h('div', { class: 'attribute', dataset: { name: k } }, h('dt', {}, k), h('dd', {}, input,
      h('button', { type: 'button', class: 'ghost small', 'aria-label': `Remove ${k}`,
        on: { click: () => change({ [k]: null }, () => announce(`${k} removed.`)) } }, '×')));
  };
  const form = h('form', { class: 'attribute-add', id: 'attribute-add', on: { submit: async e => {
    e.preventDefault();
    const key = name.value.trim().toLowerCase();
    if (!key) {
      error.textContent = 'Give the attribute a name, such as vip.';
      return;
    }
    if (await change({ [key]: value.value.trim() })) {
      form.reset();
      announce(`${key} saved.`);
      name.focus();
    }
  } } }, name, value, h('button', { type: 'submit', class: 'ghost', id: 'attribute-save' }, 'Add'));

  api.get(path).then(show).catch(e => { error.textContent = e.message; });
  return h('section', { class: 'attributes-section', 'aria-labelledby': 'attributes-title' },
    h('h3', { id: 'attributes-title' }, 'Attributes'), list, form, error);
}

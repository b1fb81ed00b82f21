// A form generated from a channel plugin's config schema. Secret fields are password inputs
// that never show a stored value: left empty on edit, the stored secret is kept.
import { h } from './dom.js';

const INPUT_TYPES = { TEXT: 'text', text: 'text', INTEGER: 'number', integer: 'number', URL: 'url', url: 'url',
  EMAIL: 'email', email: 'email', PHONE: 'tel', phone: 'tel' };

/** The form's fields; `values()` reads them back as the config map the API takes. */
export function configFields(fields, current, secretsSet) {
  const controls = new Map();
  const nodes = fields.map(field => {
    const id = 'cfg-' + field.key;
    const type = String(field.type).toLowerCase();
    const isSet = secretsSet.includes(field.key);
    let control;
    if (type === 'boolean') {
      const checked = (current[field.key] ?? field.defaultValue ?? 'false') === 'true';
      control = h('input', { id, name: field.key, type: 'checkbox', checked });
    } else if (type === 'multiline') {
      control = h('textarea', { id, name: field.key, rows: 3, value: current[field.key] ?? '' });
    } else if (type === 'choice') {
      control = h('select', { id, name: field.key, value: current[field.key] ?? field.defaultValue ?? '' },
        field.choices.map(choice => h('option', { value: choice }, choice)));
    } else {
      control = h('input', { id, name: field.key, type: field.secret ? 'password' : INPUT_TYPES[type] || 'text',
        value: field.secret ? '' : current[field.key] ?? '', autocomplete: field.secret ? 'new-password' : 'off',
        placeholder: field.secret && isSet ? '•••••• stored — leave empty to keep' : field.defaultValue || '',
        required: field.required && !(field.secret && isSet) && !field.defaultValue });
    }
    controls.set(field.key, { field, control });
    const helpId = id + '-help';
    const help = [field.help, field.secret ? 'Secret: stored encrypted and never shown again.' : null].filter(Boolean).join(' ');
    if (help) control.setAttribute('aria-describedby', helpId);
    const label = h('label', { for: id }, field.label, field.required && h('span', { class: 'req', 'aria-hidden': 'true' }, ' *'));
    return h('div', { class: ['field', type === 'boolean' && 'check'], dataset: { field: field.key } },
      type === 'boolean' ? [control, label] : [label, control],
      help && h('p', { class: 'help', id: helpId }, help),
      h('p', { class: 'field-error', role: 'alert' }));
  });
  return {
    nodes,
    values() {
      const config = {};
      controls.forEach(({ field, control }, key) => {
        if (control.type === 'checkbox') config[key] = control.checked ? 'true' : 'false';
        else if (!(field.secret && control.value === '')) config[key] = control.value;
      });
      return config;
    },
    showErrors(errors) {
      nodes.forEach(node => { node.querySelector('.field-error').textContent = ''; });
      (errors || []).forEach(error => {
        const node = nodes.find(n => n.dataset.field === error.field);
        if (node) node.querySelector('.field-error').textContent = error.message;
      });
    },
  };
}

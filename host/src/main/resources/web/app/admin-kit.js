// Small building blocks the routing, hours, teams and SLA admin pages share: labelled fields
// with an error line each, showing a problem's per-field errors next to the fields, confirm
// before delete, and comma lists.
import { h, fill } from './dom.js';

/** A labelled control with a help line and an error line; `field` names it for the server's errors. */
export function field(id, label, control, { help, field: name } = {}) {
  return h('div', { class: 'field', dataset: { field: name || id } },
    h('label', { for: id }, label), control,
    help && h('p', { class: 'help' }, help),
    h('p', { class: 'field-error', id: id + '-error', role: 'alert' }));
}

/**
 * Shows a problem on a form: each `errors[]` entry next to the field it names (the closest
 * `data-field` ancestor of a name, such as "actions" for "actions.teamId" when there is none),
 * the rest in the form's general error line.
 */
export function showProblem(form, general, error, prefixes = []) {
  form.querySelectorAll('.field-error').forEach(node => { node.textContent = ''; });
  general.textContent = '';
  const errors = (error.problem && error.problem.errors) || fromDetail(error, prefixes);
  let placed = 0;
  errors.forEach(e => {
    let name = e.field;
    let holder = null;
    while (name && !(holder = form.querySelector(`[data-field="${CSS.escape(name)}"] .field-error`))) {
      name = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : null;
    }
    if (holder) {
      holder.textContent = (holder.textContent ? holder.textContent + ' ' : '') + e.message;
      placed++;
    }
  });
  if (placed < errors.length || !errors.length) general.textContent = error.message;
  else general.textContent = errors.length === 1 ? 'Please correct the marked field.' : 'Please correct the marked fields.';
}

/**
 * A problem with one detail, such as "weekly.mon: '25:00' is not a time", as a field error:
 * `prefixes` pairs the start of a detail with the data-field it belongs to.
 */
function fromDetail(error, prefixes) {
  const detail = (error.problem && error.problem.detail) || '';
  const hit = prefixes.find(([prefix]) => detail.startsWith(prefix));
  return hit ? [{ field: hit[1], message: detail }] : [];
}

/** "a, b ,c" -> ['a', 'b', 'c']. */
export function commaList(text) {
  return String(text || '').split(',').map(s => s.trim()).filter(Boolean);
}

/** Asks in place before a destructive action; `run` is awaited on "yes". */
export function confirmIn(cell, question, yes, run) {
  cell.querySelectorAll('.confirm').forEach(n => n.remove());
  const box = h('div', { class: 'confirm', role: 'group', 'aria-label': question },
    h('p', {}, question),
    h('button', { type: 'button', class: 'danger', on: { click: async () => { box.remove(); await run(); } } }, yes),
    h('button', { type: 'button', class: 'ghost', on: { click: () => box.remove() } }, 'Cancel'));
  cell.append(box);
  box.querySelector('button').focus();
}

/** The page frame the admin pages share: a heading with an intro, then sections. */
export function pageFrame(main, title, intro, ...sections) {
  fill(main, h('div', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1', 'data-skip-target': '' }, title),
      intro && h('p', { class: 'muted' }, intro)),
    sections));
}

/** A table with a header row; returns { table, body }. */
export function grid(id, headings) {
  const body = h('tbody', { id: id + '-rows' });
  const table = h('div', { class: 'table-wrap' }, h('table', { class: 'grid', id },
    h('thead', {}, h('tr', {}, headings.map(t => h('th', { scope: 'col' }, t)))), body));
  return { table, body };
}

/** A row spanning the table, for "empty" and error texts. */
export function wideRow(columns, text, cls = 'empty') {
  return h('tr', {}, h('td', { colspan: columns, class: cls }, text));
}

// Keyboard shortcuts: j/k move in the inbox, r replies, n writes a note, e resolves, / searches,
// ? lists them. Typing in a field never triggers one; Escape leaves the field.
import { h } from './dom.js';

const SHORTCUTS = [
  ['j', 'Next conversation'], ['k', 'Previous conversation'], ['r', 'Reply'], ['n', 'Private note'],
  ['e', 'Resolve'], ['/', 'Search'], ['?', 'These shortcuts'], ['Esc', 'Leave a text field'],
  ['Ctrl+/', 'Canned replies (in the reply box; also / in an empty one)'],
];

export function installKeys(handle) {
  document.addEventListener('keydown', event => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) {
      if (event.key === 'Escape') target.blur();
      return;
    }
    if (target instanceof Element && target.closest('dialog[open]')) return;
    if (handle(event.key) !== false && ['j', 'k', 'r', 'n', 'e', '/', '?'].includes(event.key)) event.preventDefault();
  });
}

export function showShortcuts() {
  let dialog = document.getElementById('shortcuts');
  if (!dialog) {
    dialog = h('dialog', { id: 'shortcuts', 'aria-labelledby': 'shortcuts-title' },
      h('h2', { id: 'shortcuts-title' }, 'Keyboard shortcuts'),
      h('dl', { class: 'shortcuts' }, SHORTCUTS.map(([key, what]) => [h('dt', {}, h('kbd', {}, key)), h('dd', {}, what)])),
      h('form', { method: 'dialog' }, h('button', { class: 'primary' }, 'Close')));
    document.body.append(dialog);
  }
  if (!dialog.open) dialog.showModal();
  return true;
}

// Admin: business calendars (weekly opening hours in one time zone, holidays, the reply time
// promised while open), which one is the desk's default, and which channels use another one
// (by channel key or by channel type). SLA clocks and the widget's "we reply within" use them.
import { h, fill, announce } from './dom.js';
import { api } from './api.js';
import { field, showProblem, confirmIn, pageFrame, grid, wideRow } from './admin-kit.js';

const DAYS = [['mon', 'Monday'], ['tue', 'Tuesday'], ['wed', 'Wednesday'], ['thu', 'Thursday'], ['fri', 'Friday'],
  ['sat', 'Saturday'], ['sun', 'Sunday']];

/** Where a calendar problem's detail belongs, by how it starts. */
const CALENDAR_FIELDS = [['name', 'calendar-name'], ['a calendar named', 'calendar-name'], ['timeZone', 'calendar-zone'],
  ['holidays', 'calendar-holidays'], ['expectedResponseMinutes', 'calendar-expected']]
  .concat(DAYS.map(([key]) => [`weekly.${key}`, 'calendar-' + key]));

/** {"mon": [["09:00","17:00"]]} -> "09:00-17:00" per day, and back. */
function intervalsText(intervals) {
  return (intervals || []).map(([from, to]) => `${from}-${to}`).join(', ');
}

function parseIntervals(text) {
  return text.split(',').map(s => s.trim()).filter(Boolean).map(part => {
    const [from, to] = part.split('-').map(s => s.trim());
    return [from || '', to || ''];
  });
}

export class HoursPage {
  mount(main) {
    const calendars = grid('calendars', ['Calendar', 'Time zone', 'Open', 'Holidays', 'Promised reply', '']);
    const assignments = grid('calendar-assignments', ['Channels', 'Use calendar', '']);
    this.rows = calendars.body;
    this.assignmentRows = assignments.body;
    this.editor = h('section', { class: 'editor', id: 'calendar-editor', hidden: true });
    this.assignForm = h('div', { id: 'assignment-form-holder' });
    pageFrame(main, 'Business hours', 'SLA targets count only open hours. The default calendar applies to every channel without its own.',
      h('div', { class: 'toolbar' }, h('button', { type: 'button', class: 'primary', id: 'new-calendar',
        on: { click: () => this.openEditor(null) } }, 'New calendar')),
      this.editor, calendars.table,
      h('h2', { class: 'section-title' }, 'Channels with their own calendar'), this.assignForm, assignments.table);
    this.load();
  }

  async load() {
    try {
      [this.calendars, this.assignments, this.channels, this.types] = await Promise.all([
        api.get('/api/v1/admin/calendars'), api.get('/api/v1/admin/calendars/assignments'),
        api.get('/api/v1/admin/channels'), api.get('/api/v1/admin/channel-types')]);
    } catch (e) {
      fill(this.rows, wideRow(6, e.message, 'error'));
      return;
    }
    fill(this.rows, this.calendars.length ? this.calendars.map(c => this.row(c))
      : wideRow(6, 'No calendar: every channel counts as always open.'));
    fill(this.assignmentRows, this.assignments.length ? this.assignments.map(a => this.assignmentRow(a))
      : wideRow(3, 'Every channel uses the default calendar.'));
    fill(this.assignForm, this.calendars.length ? this.assignmentForm() : null);
  }

  row(c) {
    const s = c.spec;
    const actions = h('td', { class: 'actions' },
      !c.isDefault && h('button', { type: 'button', class: 'ghost', on: { click: () => this.makeDefault(c) } }, 'Make default'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.openEditor(c) } }, 'Edit'),
      h('button', { type: 'button', class: 'ghost danger-text', on: { click: () => confirmIn(actions,
        `Delete the calendar ${s.name}? Channels using it fall back to the default.`, 'Delete calendar', () => this.remove(c)) } },
      'Delete'));
    return h('tr', { dataset: { calendar: s.name } },
      h('th', { scope: 'row' }, s.name, c.isDefault && h('span', { class: 'pill us-active default-pill' }, 'default')),
      h('td', {}, s.timeZone),
      h('td', {}, h('ul', { class: 'plain small' }, DAYS.filter(([key]) => s.weekly[key]).map(([key, name]) =>
        h('li', {}, `${name.slice(0, 3)} ${intervalsText(s.weekly[key])}`)))),
      h('td', { class: 'small' }, s.holidays.length ? s.holidays.join(', ') : '—'),
      h('td', {}, s.expectedResponseMinutes ? `${s.expectedResponseMinutes} min` : '—'),
      actions);
  }

  assignmentRow(a) {
    const calendar = this.calendars.find(c => c.id === a.calendarId);
    const what = a.scope === 'instance' ? this.channelName(a.key) : `every ${this.typeName(a.key)} channel`;
    return h('tr', { dataset: { assignment: a.scope + ':' + a.key } },
      h('th', { scope: 'row' }, what), h('td', {}, calendar ? calendar.spec.name : '#' + a.calendarId),
      h('td', { class: 'actions' }, h('button', { type: 'button', class: 'ghost', on: { click: () => this.assign(
        { scope: a.scope, key: a.key, calendarId: null }) } }, 'Use the default')));
  }

  channelName(key) {
    const channel = (this.channels || []).find(c => c.key === key);
    return channel ? `${channel.name} (${key})` : `channel ${key}`;
  }

  typeName(id) {
    const type = (this.types || []).find(t => t.id === id);
    return type ? type.displayName : id;
  }

  assignmentForm() {
    const error = h('p', { class: 'error', role: 'alert' });
    const target = h('select', { id: 'assign-target' },
      h('optgroup', { label: 'One channel' }, this.channels.map(c => h('option', { value: 'instance:' + c.key }, `${c.name} (${c.key})`))),
      h('optgroup', { label: 'Every channel of a type' }, this.types.map(t => h('option', { value: 'type:' + t.id }, t.displayName))));
    const calendar = h('select', { id: 'assign-calendar' }, this.calendars.map(c => h('option', { value: String(c.id) }, c.spec.name)));
    const form = h('form', { class: 'card inline-form', id: 'assignment-form', on: { submit: async e => {
      e.preventDefault();
      const [scope, ...key] = target.value.split(':');
      try {
        await this.assign({ scope, key: key.join(':'), calendarId: Number(calendar.value) }, true);
      } catch (ex) {
        showProblem(form, error, ex);
      }
    } } }, h('div', { class: 'form-row' }, field('assign-target', 'Channels', target), field('assign-calendar', 'Use calendar', calendar),
      h('button', { type: 'submit', class: 'primary' }, 'Set calendar')), error);
    return form;
  }

  async assign(body, rethrow) {
    try {
      await api.put('/api/v1/admin/calendars/assignments', body);
      announce(body.calendarId === null ? 'That channel uses the default calendar again.' : 'Calendar set.');
    } catch (e) {
      if (rethrow) throw e;
      announce(e.message, 'error');
    }
    this.load();
  }

  async makeDefault(c) {
    try {
      await api.post(`/api/v1/admin/calendars/${c.id}/default`);
      announce(`${c.spec.name} is the default calendar.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  async remove(c) {
    try {
      await api.del('/api/v1/admin/calendars/' + c.id);
      announce(`Calendar ${c.spec.name} deleted.`);
    } catch (e) {
      announce(e.message, 'error');
    }
    this.load();
  }

  openEditor(c) {
    const s = c ? c.spec : { name: '', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', holidays: [],
      weekly: Object.fromEntries(DAYS.slice(0, 5).map(([key]) => [key, [['09:00', '17:00']]])), expectedResponseMinutes: null };
    const error = h('p', { class: 'error', role: 'alert', id: 'calendar-error' });
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    const form = h('form', { class: 'card stack', id: 'calendar-form', novalidate: true, on: { submit: async e => {
      e.preventDefault();
      try {
        const body = this.read(form);
        if (c) await api.put('/api/v1/admin/calendars/' + c.id, body);
        else await api.post('/api/v1/admin/calendars', body);
        this.closeEditor();
        announce(`Calendar ${body.name} saved.`);
        this.load();
      } catch (ex) {
        showProblem(form, error, ex, CALENDAR_FIELDS);
      }
    } } },
    h('h2', {}, c ? `Edit ${s.name}` : 'New calendar'),
    field('calendar-name', 'Name', h('input', { id: 'calendar-name', value: s.name, autocomplete: 'off' })),
    field('calendar-zone', 'Time zone', h('input', { id: 'calendar-zone', value: s.timeZone, list: 'time-zones', autocomplete: 'off' }),
      { help: 'Such as Europe/Berlin; opening hours are wall-clock times there, through daylight saving changes.' }),
    h('datalist', { id: 'time-zones' }, zones.map(z => h('option', { value: z }))),
    h('fieldset', {}, h('legend', {}, 'Weekly opening hours'),
      h('p', { class: 'help' }, 'Such as 09:00-12:00, 13:00-17:00. Empty: closed. An end before the start runs past midnight.'),
      DAYS.map(([key, name]) => field('calendar-' + key, name, h('input', { id: 'calendar-' + key, autocomplete: 'off',
        value: intervalsText(s.weekly[key]), placeholder: 'closed' })))),
    field('calendar-holidays', 'Holidays', h('textarea', { id: 'calendar-holidays', rows: 2, value: s.holidays.join(', '),
      placeholder: '2026-12-25, 2026-12-26' }), { help: 'Dates on which no opening interval starts.' }),
    field('calendar-expected', 'Promised reply time while open (minutes)', h('input', { id: 'calendar-expected', type: 'number',
      min: 1, value: s.expectedResponseMinutes || '' }), { help: 'Customers are never promised less than the measured median.' }),
    error,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', id: 'save-calendar' }, 'Save calendar'),
      h('button', { type: 'button', class: 'ghost', on: { click: () => this.closeEditor() } }, 'Cancel')));
    fill(this.editor, form);
    this.editor.hidden = false;
    form.querySelector('input').focus();
  }

  read(form) {
    const value = id => form.querySelector('#' + id).value.trim();
    const weekly = {};
    DAYS.forEach(([key]) => {
      const intervals = parseIntervals(value('calendar-' + key));
      if (intervals.length) weekly[key] = intervals;
    });
    const expected = value('calendar-expected');
    return {
      name: value('calendar-name'),
      timeZone: value('calendar-zone'),
      weekly,
      holidays: value('calendar-holidays').split(/[\s,]+/).filter(Boolean),
      expectedResponseMinutes: expected === '' ? null : Number(expected),
    };
  }

  closeEditor() {
    this.editor.hidden = true;
    this.editor.replaceChildren();
  }
}

// Admin: satisfaction surveys (CSAT, NPS, CES — whichever survey plugins are installed). Per type:
// on/off, channels, delay after resolution, the question per language, the plugin's own settings
// (CES scale and labels, CSAT thresholds) and what a low score does. Server validation problems
// ({field, message}) are shown next to the field they name.
import { h, fill, announce } from './dom.js';
import { api } from './api.js';
import { configFields } from './channel-form.js';

const SHIPPED = ['en', 'th', 'cs', 'sw'];
const LANGUAGE_NAMES = { en: 'English', th: 'Thai', cs: 'Czech', sw: 'Swahili' };
const LOW_SCORE = [['none', 'Nothing (just store the answer)'], ['reopen', 'Reopen the conversation'],
  ['flag', 'Flag for follow-up (tag and note)']];

export class SurveysPage {
  mount(main) {
    this.body = h('div', { id: 'survey-settings' }, h('p', { class: 'muted' }, 'Loading…'));
    fill(main, h('div', { class: 'page' },
      h('div', { class: 'page-head' }, h('h1', { tabindex: '-1', 'data-skip-target': '' }, 'Surveys'),
        h('p', { class: 'muted' }, 'Sent when a conversation is resolved, on the customer\u2019s own channel.'
          + ' Answers appear in the timeline and the contact panel.')),
      this.body));
    this.load();
  }

  async load() {
    try {
      const [desk, types] = await Promise.all([api.get('/api/v1/admin/surveys'), api.get('/api/v1/admin/channel-types')]);
      this.render(desk, types);
    } catch (e) {
      fill(this.body, h('p', { class: 'error', role: 'alert' }, e.message));
    }
  }

  render(desk, types) {
    const languages = SHIPPED.includes(desk.defaultLanguage) ? SHIPPED : [...SHIPPED, desk.defaultLanguage];
    fill(this.body, this.deskForm(desk),
      desk.surveys.length === 0
        ? h('p', { class: 'card muted', id: 'no-surveys' }, 'No survey plugin is installed or started.')
        : desk.surveys.map(s => surveyForm(s, types, languages, desk.defaultLanguage)));
  }

  deskForm(desk) {
    const input = h('input', { id: 'survey-default-language', name: 'defaultLanguage', value: desk.defaultLanguage,
      required: true, size: 8, autocomplete: 'off', 'aria-describedby': 'survey-default-language-help' });
    const error = h('p', { class: 'field-error', role: 'alert', id: 'survey-default-language-error' });
    const form = h('form', { class: 'card inline-form', id: 'survey-desk', on: { submit: async e => {
      e.preventDefault();
      error.textContent = '';
      try {
        await api.patch('/api/v1/admin/surveys', { defaultLanguage: input.value.trim() });
        announce('The desk default language is saved.');
        this.load();
      } catch (ex) {
        error.textContent = ex.message;
      }
    } } },
    h('div', { class: 'field' }, h('label', { for: input.id }, 'Desk default language'), input,
      h('p', { class: 'help', id: 'survey-default-language-help' }, 'Used when the contact\u2019s language is unknown,'
        + ' as a code such as en, th, cs or sw.'), error),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'ghost' }, 'Save language')));
    return form;
  }
}

/** The settings form of one survey type. */
function surveyForm(s, types, languages, defaultLanguage) {
  const id = 'survey-' + s.id;
  const errors = new Map();
  const errorOf = name => {
    const error = h('p', { class: 'field-error', role: 'alert', id: `${id}-${name}-error` });
    errors.set(name, error);
    return error;
  };
  const field = (name, label, control, help) => {
    const error = errorOf(name);
    return h('div', { class: 'field', dataset: { field: name } },
      label && h('label', { for: control.id }, label), control, help && h('p', { class: 'help' }, help), error);
  };
  const enabled = h('input', { id: id + '-enabled', type: 'checkbox', checked: s.enabled });
  const channels = types.map(t => h('label', { class: 'chip-check' },
    h('input', { type: 'checkbox', name: 'channel', value: t.id, checked: s.channels.includes(t.id) }), ' ', t.displayName));
  const delay = h('input', { id: id + '-delay', type: 'number', min: 0, step: 1, value: s.delaySeconds });
  const action = h('select', { id: id + '-low-score', value: s.lowScoreAction },
    LOW_SCORE.map(([value, text]) => h('option', { value }, text)));
  const questionLanguages = [...new Set([...languages, ...Object.keys(s.questions)])];
  const questions = questionLanguages.map(lang => ({ lang, control: h('textarea', { id: `${id}-question-${lang}`, rows: 2,
    value: s.questions[lang] || '', placeholder: s.defaultQuestions[lang] || s.defaultQuestions.en || '' }) }));
  const plugin = configFields(s.schema, s.settings, []);
  scopeIds(plugin.nodes, id);
  const scale = h('p', { class: 'help', id: id + '-scale' }, scaleText(s.scale));
  const formError = h('p', { class: 'error', role: 'alert' });

  // novalidate: the server is the judge, and its problems are shown beside the fields.
  const form = h('form', { class: 'card survey-form', id, dataset: { survey: s.id }, 'aria-labelledby': id + '-title', novalidate: true,
    on: { submit: async e => {
      e.preventDefault();
      errors.forEach(el => { el.textContent = ''; });
      plugin.showErrors([]);
      formError.textContent = '';
      const change = { enabled: enabled.checked,
        channels: channels.map(l => l.querySelector('input')).filter(i => i.checked).map(i => i.value),
        delaySeconds: delay.value === '' ? null : Number(delay.value), lowScoreAction: action.value,
        questions: Object.fromEntries(questions.map(q => [q.lang, q.control.value.trim()]).filter(([, v]) => v)),
        settings: plugin.values() };
      try {
        const saved = await api.put('/api/v1/admin/surveys/' + encodeURIComponent(s.id), change);
        scale.textContent = scaleText(saved.scale);
        questions.forEach(q => { q.control.placeholder = saved.defaultQuestions[q.lang] || saved.defaultQuestions.en || ''; });
        announce(`${saved.name} is saved${saved.enabled ? ' and on' : ' and off'}.`);
      } catch (ex) {
        showProblems(ex, errors, plugin, formError);
      }
    } } },
  h('h2', { id: id + '-title' }, s.name),
  h('div', { class: 'field check', dataset: { field: 'enabled' } }, enabled,
    h('label', { for: enabled.id }, 'Send this survey when a conversation is resolved')),
  h('fieldset', { class: 'field', dataset: { field: 'channels' } }, h('legend', {}, 'Channels'),
    h('div', { class: 'chips' }, channels),
    h('p', { class: 'help' }, 'None ticked: every channel. Voice conversations are skipped (voice has no text replies).'),
    errorOf('channels')),
  h('div', { class: 'form-grid' },
    field('delaySeconds', 'Delay after resolution (seconds)', delay, '0 sends at once; at most 30 days.'),
    field('lowScoreAction', 'When the score is low', action, lowScoreHelp(s.id))),
  h('fieldset', { class: 'field', dataset: { field: 'questions' } }, h('legend', {}, 'Question'),
    h('p', { class: 'help' }, 'Leave a language empty to ask the plugin\u2019s question, shown greyed.'),
    questions.map(q => h('div', { class: 'field', dataset: { language: q.lang } },
      h('label', { for: q.control.id }, languageName(q.lang, defaultLanguage)), q.control)),
    errorOf('questions')),
  plugin.nodes.length > 0 && h('fieldset', { class: 'field plugin-settings' }, h('legend', {}, 'Scale and scoring'),
    plugin.nodes, scale),
  plugin.nodes.length === 0 && scale,
  formError,
  h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', id: id + '-save' }, 'Save')));
  return form;
}

/** Puts each problem next to its field; the plugin's own settings go to its generated fields. */
function showProblems(ex, errors, plugin, formError) {
  const problems = ex.problem && Array.isArray(ex.problem.problems) ? ex.problem.problems : [];
  if (problems.length === 0) {
    formError.textContent = ex.message;
    return;
  }
  const pluginProblems = [];
  problems.forEach(p => {
    const el = errors.get(p.field);
    if (el) el.textContent = el.textContent ? el.textContent + ' ' + p.message : p.message;
    else pluginProblems.push(p);
  });
  plugin.showErrors(pluginProblems);
  const known = new Set(Array.from(plugin.nodes, n => n.dataset.field));
  const left = pluginProblems.filter(p => !known.has(p.field));
  formError.textContent = left.length ? left.map(p => `${p.field}: ${p.message}`).join(' ') : 'Nothing was saved; see the fields marked above.';
}

/** The generated fields use ids like cfg-scale; several survey forms share a page, so prefix them. */
function scopeIds(nodes, prefix) {
  nodes.forEach(node => node.querySelectorAll('[id], label[for], [aria-describedby]').forEach(el => {
    if (el.id) el.id = `${prefix}-${el.id}`;
    if (el.htmlFor) el.htmlFor = `${prefix}-${el.htmlFor}`;
    const described = el.getAttribute('aria-describedby');
    if (described) el.setAttribute('aria-describedby', `${prefix}-${described}`);
  }));
}

function scaleText(scale) {
  if (!scale) return '';
  const labels = Object.entries(scale.labels || {}).map(([value, label]) => `${value} = ${label}`);
  return `Scale ${scale.min} to ${scale.max}` + (labels.length ? ': ' + labels.join(', ') : '') + '.';
}

function languageName(lang, defaultLanguage) {
  const name = LANGUAGE_NAMES[lang] ? `${LANGUAGE_NAMES[lang]} (${lang})` : lang;
  return lang === defaultLanguage ? name + ' — desk default' : name;
}

function lowScoreHelp(surveyId) {
  const low = { csat: 'CSAT 1–2', nps: 'NPS 0–6', ces: 'CES in the hardest two values' }[surveyId];
  return low ? `Low means ${low}.` : 'Low as the survey plugin defines it.';
}

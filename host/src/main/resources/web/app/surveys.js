// Survey answers (CSAT, NPS, CES) beside a conversation or a contact: value on its scale,
// the optional comment and when it was given. Loaded from /api/v1/surveys/answers; text only.
import { h, fill, timeTag, fullTime } from './dom.js';
import { api, query } from './api.js';

/** Entries for the conversation timeline, one per answer, filled in when the answers arrive. */
export function appendSurveyAnswers(timeline, conversationId) {
  const render = String(Number(timeline.dataset.surveyRender || 0) + 1);
  timeline.dataset.surveyRender = render; // a newer render wins; a late answer of an older one is dropped
  api.get('/api/v1/surveys/answers' + query({ conversation: conversationId })).then(answers => {
    if (timeline.dataset.surveyRender !== render) return;
    answers.slice().reverse().forEach(a => timeline.append(h('li', { class: ['entry', 'survey-answer'],
      dataset: { survey: a.survey, value: a.value } },
    h('article', { class: 'bubble', 'aria-label': `${a.survey.toUpperCase()} answer` },
      h('div', { class: 'meta' }, h('span', { class: 'who' }, `${a.survey.toUpperCase()} answer`),
        timeTag(a.answeredAt, fullTime)),
      h('div', { class: 'text' }, answerText(a))))));
  }).catch(() => { /* answers are an extra; the timeline stands without them */ });
}

/** A section for the contact panel listing every answer the contact gave. */
export function contactSurveyAnswers(contactId) {
  const list = h('ul', { class: 'survey-answers', id: 'contact-survey-answers' }, h('li', { class: 'muted' }, 'Loading…'));
  api.get('/api/v1/surveys/answers' + query({ contact: contactId })).then(answers => {
    fill(list, answers.length === 0 ? h('li', { class: 'muted' }, 'No survey answers yet.')
      : answers.map(a => h('li', { dataset: { survey: a.survey } },
        h('a', { href: '#/inbox/' + a.conversationId }, answerText(a)), ' ', timeTag(a.answeredAt))));
  }).catch(e => fill(list, h('li', { class: 'error' }, e.message)));
  return [h('h3', {}, 'Survey answers'), list];
}

function answerText(a) {
  const value = `${a.survey.toUpperCase()} ${a.value} (${a.scaleMin}–${a.scaleMax})`;
  return a.comment ? `${value} — “${a.comment}”` : value;
}

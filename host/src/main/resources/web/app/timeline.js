// One conversation's timeline: customer messages, agent replies with their delivery status,
// private notes and calls, oldest first, each with who, channel and time. Text only, never HTML.
import { h, timeTag, fullTime, channelBadge, contactName } from './dom.js';

const STATUS_TEXT = { queued: 'Queued', sent: 'Sent', delivered: 'Delivered', read: 'Read', failed: 'Failed' };

export function timelineEntries(detail, typeName) {
  const entries = detail.messages.map(m => ({ at: m.createdAt, order: m.id, node: messageEntry(m, detail, typeName) }));
  detail.calls.forEach((call, i) => entries.push({ at: call.startedAt, order: i, node: callEntry(call, detail, typeName) }));
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order));
  return entries.map(e => e.node);
}

function messageEntry(m, detail, typeName) {
  const c = detail.conversation;
  const who = m.direction === 'inbound' ? (m.senderName || contactName(c.contact.name, c.contact.address, c.channel.type))
    : (m.authorName || (m.automated ? 'Switchboard' : 'Agent'));
  const survey = m.automated && m.properties && m.properties.survey;
  const label = m.direction === 'note' ? 'Private note' : survey ? `Survey (${survey.toUpperCase()})`
    : m.direction === 'outbound' ? 'Reply' : null;
  return h('li', { class: ['entry', m.direction], dataset: { messageId: m.id, direction: m.direction } },
    h('article', { class: 'bubble', 'aria-label': `${label || 'Message'} from ${who}` },
      h('div', { class: 'meta' },
        h('span', { class: 'who' }, who),
        label && h('span', { class: 'kind' }, label),
        m.direction !== 'note' && channelBadge(c.channel.type, typeName),
        timeTag(m.createdAt, fullTime)),
      m.subject && h('div', { class: 'subject' }, m.subject),
      h('div', { class: 'text' }, body(m)),
      quotedHistory(m),
      m.attachments.length > 0 && h('ul', { class: 'attachments' },
        m.attachments.map(a => h('li', {},
          h('a', { href: a.url, download: a.filename, rel: 'noopener' }, `📎 ${a.filename}`),
          ` (${a.contentType}, ${size(a.size)})`))),
      m.direction === 'outbound' && deliveryStatus(m)));
}

/** Earlier mail the customer quoted, folded away but one click from view. */
function quotedHistory(m) {
  const quoted = m.quotedFrom >= 0 ? m.text.slice(m.quotedFrom).trim() : '';
  return quoted && h('details', { class: 'quoted' }, h('summary', {}, 'Show quoted text'),
    h('div', { class: 'text' }, quoted));
}

function body(m) {
  if (m.kind === 'location' && m.properties.latitude) {
    return `📍 ${m.properties.name || 'Location'} (${m.properties.latitude}, ${m.properties.longitude})`;
  }
  if (m.kind === 'reaction' && m.properties.emoji) return `Reacted ${m.properties.emoji}`;
  const text = m.quotedFrom >= 0 ? m.text.slice(0, m.quotedFrom).trimEnd() : m.text;
  return text || m.text;
}

function deliveryStatus(m) {
  const status = m.status || 'queued';
  const text = STATUS_TEXT[status] || status;
  return h('div', { class: ['delivery', 'ds-' + status], dataset: { status },
    title: m.statusAt ? `${text} at ${fullTime(m.statusAt)}` : text },
    h('span', { class: 'ds-icon', 'aria-hidden': 'true' }, { queued: '◷', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '⚠' }[status] || ''),
    status === 'failed' ? `Failed: ${m.statusReason || 'no reason given'}` : text);
}

function callEntry(call, detail, typeName) {
  const talk = call.talkSeconds ? `${Math.floor(call.talkSeconds / 60)}:${String(call.talkSeconds % 60).padStart(2, '0')} talk time` : null;
  const summary = [call.voicemail ? 'Voicemail' : call.state, talk, call.answeredBy && `answered by ${call.answeredBy}`]
    .filter(Boolean).join(' · ');
  const recording = call.recordingUrl && /^https?:\/\//i.test(call.recordingUrl)
    ? h('a', { href: call.recordingUrl, target: '_blank', rel: 'noopener noreferrer' }, 'Recording') : null;
  return h('li', { class: ['entry', 'call'] },
    h('article', { class: 'bubble', 'aria-label': `Call from ${call.caller}` },
      h('div', { class: 'meta' }, h('span', { class: 'who' }, `📞 Call from ${call.caller}`),
        channelBadge(detail.conversation.channel.type, typeName), timeTag(call.startedAt, fullTime)),
      h('div', { class: 'text' }, summary || 'Call'),
      recording,
      call.transcript && h('details', { class: 'transcript' }, h('summary', {}, 'Transcript'), h('p', {}, call.transcript))));
}

function size(bytes) {
  if (bytes < 1024) return bytes + ' B';
  if (bytes < 1024 * 1024) return Math.round(bytes / 1024) + ' KB';
  return (bytes / 1024 / 1024).toFixed(1) + ' MB';
}

// Figures for the dashboard: which figure heads a report, how it reads, and its change.

/** The figure a report is summed up by: a share, a count, or else the mean. */
export function headline(report) {
  if (report.kind === 'survey') return 'score';
  if (report.figures.includes('share')) return 'share';
  if (report.unit === 'count' || !report.figures.includes('mean')) return 'count';
  return 'mean';
}

export function formatFigure(report, figure, value) {
  if (value === undefined || value === null || Number.isNaN(value)) return 'No data';
  if (figure === 'share' || figure === 'within_target') return (value * 100).toFixed(1) + '%';
  if (figure === 'count') return String(Math.round(value));
  if (report.kind === 'survey') return surveyScore(report.unit, value);
  return report.unit === 'seconds' ? duration(value) : value.toFixed(2);
}

/** CSAT is a share ("percent"), NPS a whole number from -100 to 100, CES a mean on its scale. */
function surveyScore(unit, value) {
  if (unit === 'percent' || unit === '%') return value.toFixed(1) + '%';
  if (unit === 'nps') return String(Math.round(value));
  return value.toFixed(2);
}

/** "45 s", "12 min", "2 h 05 min", "3 d 4 h". */
export function duration(seconds) {
  const s = Math.round(seconds);
  if (s < 60) return s + ' s';
  if (s < 3600) return Math.round(s / 60) + ' min';
  if (s < 86400) return Math.floor(s / 3600) + ' h ' + String(Math.round((s % 3600) / 60)).padStart(2, '0') + ' min';
  return Math.floor(s / 86400) + ' d ' + Math.round((s % 86400) / 3600) + ' h';
}

/** The change of the headline figure against the previous period: its text and whether it is better. */
export function change(report, now, before) {
  const figure = headline(report);
  if (!now || !before || before.figures[figure] === undefined) return null;
  const a = now.figures[figure];
  const b = before.figures[figure];
  const up = a > b;
  const better = a === b ? null : (report.lowerIsBetter ? !up : up);
  if (figure === 'share') return { text: signed((a - b) * 100, 1) + ' points', better };
  if (b === 0) return { text: a === 0 ? 'no change' : 'new', better };
  return { text: signed(((a - b) / b) * 100, 1) + '%', better };
}

function signed(value, digits) {
  return (value > 0 ? '+' : value < 0 ? '−' : '±') + Math.abs(value).toFixed(digits);
}

/** A date as YYYY-MM-DD (local calendar day). */
export function isoDate(date) {
  const d = typeof date === 'string' ? parseDate(date) : date;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function addDays(date, days) {
  const d = typeof date === 'string' ? parseDate(date) : new Date(date.getTime());
  d.setDate(d.getDate() + days);
  return d;
}

export function daysBetween(from, to) {
  return Math.round((Date.UTC(...parts(to)) - Date.UTC(...parts(from))) / 86400000);
}

function parseDate(text) {
  const [y, m, d] = parts(text);
  return new Date(y, m, d);
}

function parts(text) {
  const [y, m, d] = text.split('-').map(Number);
  return [y, m - 1, d];
}

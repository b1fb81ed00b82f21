// One chart per report with Chart.js (served from its WebJar, loaded once as a classic script:
// canvas drawing and CSSOM styles only, so the strict Content-Security-Policy holds).
import { formatFigure } from './dashboard-figures.js';

const CHART_JS = '/webjars/chart.js/4.4.9/dist/chart.umd.js';
let loading = null;

function chartLibrary() {
  if (window.Chart) return Promise.resolve(window.Chart);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = CHART_JS;
      script.addEventListener('load', () => resolve(window.Chart));
      script.addEventListener('error', () => reject(new Error('Chart.js did not load')));
      document.head.append(script);
    });
  }
  return loading;
}

/** Draws the report's first series, one point per period; a period without data is a gap. */
export function drawChart(canvas, report, figure) {
  const points = report.series[0].periods;
  chartLibrary().then(Chart => {
    if (!canvas.isConnected) return;
    new Chart(canvas, {
      type: report.unit === 'count' ? 'bar' : 'line',
      data: {
        labels: points.map(p => p.start.slice(0, 10)),
        datasets: [{ label: report.name, data: points.map(p => (p.noData ? null : p.figures[figure])),
          spanGaps: false, borderColor: '#2563eb', backgroundColor: 'rgba(37, 99, 235, 0.35)', pointRadius: 2 }],
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { display: false },
          tooltip: { callbacks: { label: c => formatFigure(report, figure, c.parsed.y) } } },
        scales: { y: { beginAtZero: true, ticks: { callback: v => formatFigure(report, figure, v) } } },
      },
    });
  }).catch(() => canvas.replaceWith(document.createTextNode('The chart library could not be loaded.')));
}

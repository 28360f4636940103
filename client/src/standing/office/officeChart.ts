/**
 * The office page's chart: grouped bars of each council's meetings held, speakers and overdue items.
 * A plain module with chart.js as its only import, fetched on demand by the office page: no React
 * here, so the bundler keeps React and i18n in the chunks it already shares with the phone's path.
 */
import type { CouncilFigures } from '@dr/shared/council';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only the pieces a bar chart needs, so the chunk stays small (chart.js is tree-shakable).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#1f4e5f', '#1d7a46', '#a3221b'];
const KEYS = ['meetingsHeld', 'distinctSpeakers', 'actionsOverdue'] as const;

/** Draws the chart on `canvas`; call the returned function to remove it. */
export function drawOfficeChart(
  canvas: HTMLCanvasElement,
  councils: readonly CouncilFigures[],
  labels: Record<(typeof KEYS)[number], string>,
): () => void {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: councils.map((c) => c.name),
      datasets: KEYS.map((key, i) => ({
        label: labels[key],
        data: councils.map((c) => c[key]),
        backgroundColor: COLOURS[i],
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
  return () => chart.destroy();
}

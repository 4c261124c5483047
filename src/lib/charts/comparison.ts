import type { ChartConfiguration } from 'chart.js';
import { chartValue } from '$lib/results/describe';
import type { Figure, UnitFigure } from '$lib/results/types';

const nationColor = '#b3261e';
const bandColor = 'rgba(179, 38, 30, 0.35)';
const upperLabel = 'Rikets konfidensintervall, övre';

/**
 * One indicator across förbund: a bar per shown förbund (hidden ones get none), the
 * nation as a dashed line and its confidence interval as a band between two thin lines. The
 * same values stand in the table beside the chart.
 */
export function comparisonChart(
	comparison: { name: string; nation: Figure; forbund: UnitFigure[] },
	scale: { min: number; max: number }
): ChartConfiguration {
	const ci = comparison.nation.hidden ? null : comparison.nation.ci;
	const line = (value: number | null) => comparison.forbund.map(() => value);
	return {
		type: 'bar',
		data: {
			labels: comparison.forbund.map((f) => f.name),
			datasets: [
				{
					type: 'bar',
					label: comparison.name,
					data: comparison.forbund.map((f) => chartValue(f.figure)),
					backgroundColor: '#0b3d91'
				},
				{
					type: 'line',
					label: 'Riket',
					data: line(chartValue(comparison.nation)),
					borderColor: nationColor,
					borderDash: [6, 4],
					pointRadius: 0
				},
				{
					type: 'line',
					label: 'Rikets konfidensintervall',
					data: line(ci?.low ?? null),
					borderColor: bandColor,
					borderWidth: 1,
					pointRadius: 0
				},
				{
					type: 'line',
					label: upperLabel,
					data: line(ci?.high ?? null),
					borderColor: bandColor,
					backgroundColor: 'rgba(179, 38, 30, 0.12)',
					borderWidth: 1,
					pointRadius: 0,
					fill: '-1'
				}
			]
		},
		options: {
			indexAxis: 'y',
			maintainAspectRatio: false,
			// Drawn at once, so that a printed page shows the finished chart.
			animation: false,
			scales: { x: { min: scale.min, max: scale.max } },
			plugins: {
				legend: {
					position: 'bottom',
					labels: { filter: (item) => item.text !== upperLabel }
				}
			}
		}
	};
}

import type { Chart as ChartType, ChartConfiguration } from 'chart.js';

/**
 * chart.js, loaded only when a results page draws its first chart (never on participant pages),
 * with only the parts these charts use registered.
 */
export async function createChart(
	canvas: HTMLCanvasElement,
	config: ChartConfiguration
): Promise<ChartType> {
	const chartjs = await import('chart.js');
	const { Chart } = chartjs;
	Chart.register(
		chartjs.BarController,
		chartjs.BarElement,
		chartjs.CategoryScale,
		chartjs.Legend,
		chartjs.LinearScale,
		chartjs.LineController,
		chartjs.LineElement,
		chartjs.PointElement,
		chartjs.Tooltip
	);
	Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
	Chart.defaults.color = '#1a1a1a';
	Chart.defaults.locale = 'sv-SE';
	return new Chart(canvas, config);
}

/** A diagonal hatch, so that two series differ by more than colour. */
export function hatch(color: string): CanvasPattern | string {
	const tile = document.createElement('canvas');
	tile.width = 8;
	tile.height = 8;
	const context = tile.getContext('2d');
	if (!context) return color;
	context.fillStyle = '#fff';
	context.fillRect(0, 0, 8, 8);
	context.strokeStyle = color;
	context.lineWidth = 2;
	context.beginPath();
	context.moveTo(0, 8);
	context.lineTo(8, 0);
	context.stroke();
	return context.createPattern(tile, 'repeat') ?? color;
}

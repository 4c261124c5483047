/**
 * The wait after the n-th failure in a row, shared by every throttle: none for the first `free`
 * failures, then 2, 4, 8 … seconds, never more than `maxDelayMs`, so that a stranger's failures
 * slow a target down but never lock it out.
 */
export function doublingDelay(failures: number, free: number, maxDelayMs: number): number {
	if (failures < free) return 0;
	return Math.min(1000 * 2 ** (failures - free + 1), maxDelayMs);
}

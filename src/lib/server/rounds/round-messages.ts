/** Kept apart from `round-access.ts`, which opens the database, so domain modules can share it. */
export const lockedYearMessage =
	'Året är låst av NNS. Omgångarna kan inte ändras längre, bara läsas.';

import { getInstrument } from '$lib/server/instrument';
import { instrumentOverview } from './instrument-overview';
import type { PageServerLoad } from './$types';

export const load = (() => instrumentOverview(getInstrument())) satisfies PageServerLoad;

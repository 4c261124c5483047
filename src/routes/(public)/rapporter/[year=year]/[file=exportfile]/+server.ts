import { db } from '$lib/server/db';
import { editionFile } from '$lib/server/reports/editions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) =>
	editionFile(db, Number(params.year), params.file);

import { error, redirect } from '@sveltejs/kit';
import { match as isId } from '../../../../../params/id';
import type { RequestHandler } from './$types';

/** The förbund picker's GET form, without JavaScript: on to the förbund's pages. */
export const GET: RequestHandler = ({ params, url }) => {
	const id = url.searchParams.get('id') ?? '';
	if (!isId(id)) error(400, 'Välj ett förbund i listan.');
	redirect(303, `/rapporter/${params.year}/forbund/${id}`);
};

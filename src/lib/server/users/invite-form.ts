import { z } from 'zod';
import { roles } from '../db/schema';
import { choice, emailAddress, recordId, requiredText } from '../forms/form-fields';

const inviteFields = {
	email: emailAddress(),
	name: requiredText('Skriv personens namn.', 120)
};

/** A förbund admin invites to their own förbund: the förbund comes from the URL. */
export const inviteToForbundSchema = z.object({
	...inviteFields,
	role: choice(roles, 'Välj en roll.')
});

/** NNS invites to any förbund, or as a fellow NNS admin. */
export const inviteAnySchema = z
	.object({
		...inviteFields,
		role: choice([...roles, 'nns'], 'Välj en roll.'),
		forbundId: z.union([z.literal('').transform(() => null), recordId('Välj förbund.')]).optional()
	})
	.superRefine((value, ctx) => {
		if (value.role !== 'nns' && !value.forbundId) {
			ctx.addIssue({ code: 'custom', path: ['forbundId'], message: 'Välj förbund.' });
		}
	});

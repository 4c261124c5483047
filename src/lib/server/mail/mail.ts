import { env } from '$env/dynamic/private';
import nodemailer, { type Transporter } from 'nodemailer';

let transporter: Transporter | undefined;

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

/** Whether mail can leave the platform at all. */
export function mailConfigured(): boolean {
	return Boolean(env.SMTP_URL);
}

/**
 * Production is a real deployment: `NODE_ENV=production` or a public https ORIGIN. There, links
 * that set a password are never shown on screen to förbund admins (see `sendAccountLink`).
 */
export function isProduction(): boolean {
	return env.NODE_ENV === 'production' || (env.ORIGIN ?? '').startsWith('https://');
}

/**
 * Sends through SMTP when SMTP_URL is set and returns whether the message was handed to a mail
 * server. Without it nothing is sent and nothing of the message is logged: a message may hold a
 * link that sets a password, and a log is read by more people than the recipient.
 */
export async function sendMail(message: MailMessage): Promise<boolean> {
	if (!env.SMTP_URL) {
		console.log('E-post skickades inte: SMTP_URL är inte satt.');
		return false;
	}
	transporter ??= nodemailer.createTransport(env.SMTP_URL);
	await transporter.sendMail({
		from: env.MAIL_FROM || 'NNS indikatorer <noreply@localhost>',
		...message
	});
	return true;
}

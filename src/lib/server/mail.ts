import { env } from '$env/dynamic/private';
import nodemailer, { type Transporter } from 'nodemailer';

let transporter: Transporter | undefined;

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

/**
 * Sends through SMTP when SMTP_URL is set. Without it the platform still works: the message is
 * written to the server log and the caller shows the link to the admin who asked for it.
 * Returns whether the message was handed to a mail server.
 */
export async function sendMail(message: MailMessage): Promise<boolean> {
	if (!env.SMTP_URL) {
		console.log(
			`E-post (ingen SMTP_URL, inte skickad) till ${message.to}: ${message.subject}\n${message.text}`
		);
		return false;
	}
	transporter ??= nodemailer.createTransport(env.SMTP_URL);
	await transporter.sendMail({
		from: env.MAIL_FROM || 'NNS indikatorer <noreply@localhost>',
		...message
	});
	return true;
}

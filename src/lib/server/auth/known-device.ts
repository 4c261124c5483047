import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { keyed } from '../throttle/keyed-hash';

/**
 * A known device: a browser where a person has signed in before carries a signed cookie naming
 * that account. A stranger's wrong passwords slow down the account's sign-ins from elsewhere,
 * but the person's own browser has a throttle of its own and gets in (ASVS 6.3.1, OWASP's
 * device cookies). Nothing is stored on the server: the signature is the proof.
 */
const maxAgeSeconds = 365 * 24 * 60 * 60;

export function knownDeviceCookieName(secure: boolean): string {
	return secure ? '__Host-enhet' : 'enhet';
}

function signature(userId: number, deviceId: string): string {
	return keyed(`enhet:${userId}:${deviceId}`);
}

/** The device's throttle key when its cookie is a valid one for this account, else null. */
export function knownDeviceKey(cookies: Cookies, secure: boolean, userId: number): string | null {
	const value = cookies.get(knownDeviceCookieName(secure));
	const [forUser, deviceId, mac] = value?.split('.') ?? [];
	if (!forUser || !deviceId || !mac || forUser !== String(userId)) return null;
	const expected = Buffer.from(signature(userId, deviceId));
	const given = Buffer.from(mac);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
	return `enhet:${keyed(deviceId)}`;
}

/** Marks this browser as a known device of the account, after a successful sign-in. */
export function rememberDevice(cookies: Cookies, secure: boolean, userId: number): void {
	const deviceId = randomBytes(16).toString('base64url');
	cookies.set(
		knownDeviceCookieName(secure),
		`${userId}.${deviceId}.${signature(userId, deviceId)}`,
		{
			httpOnly: true,
			sameSite: 'lax',
			secure,
			path: '/',
			maxAge: maxAgeSeconds
		}
	);
}

import { env } from '$env/dynamic/private';
import { sessionCookieSettings, type CookieSettings } from './session';

/** The session cookie's name and flags for this deployment, from ORIGIN. */
export function sessionCookie(): CookieSettings {
	return sessionCookieSettings(env.ORIGIN);
}

import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { knownDeviceCookieName, knownDeviceKey, rememberDevice } from './known-device';

/** Just enough of SvelteKit's cookies for the module: a jar. */
function jar(): Cookies & { values: Map<string, string> } {
	const values = new Map<string, string>();
	return {
		values,
		get: (name: string) => values.get(name),
		set: (name: string, value: string) => void values.set(name, value)
	} as unknown as Cookies & { values: Map<string, string> };
}

describe('known devices', () => {
	it('recognises the browser an account signed in from, and only for that account', () => {
		const cookies = jar();
		rememberDevice(cookies, true, 7);
		const value = cookies.values.get(knownDeviceCookieName(true))!;
		expect(value.startsWith('7.')).toBe(true);
		const key = knownDeviceKey(cookies, true, 7);
		expect(key).toMatch(/^enhet:/);
		// The throttle key does not carry the cookie's id in the clear.
		expect(key).not.toContain(value.split('.')[1]);
		expect(knownDeviceKey(cookies, true, 8)).toBeNull();
		expect(knownDeviceKey(cookies, false, 7)).toBeNull();
	});

	it('refuses a forged or altered cookie', () => {
		const cookies = jar();
		rememberDevice(cookies, false, 7);
		const [, id, mac] = cookies.values.get('enhet')!.split('.');
		cookies.values.set('enhet', `8.${id}.${mac}`);
		expect(knownDeviceKey(cookies, false, 8)).toBeNull();
		cookies.values.set('enhet', `7.${id}x.${mac}`);
		expect(knownDeviceKey(cookies, false, 7)).toBeNull();
		cookies.values.set('enhet', 'nonsense');
		expect(knownDeviceKey(cookies, false, 7)).toBeNull();
	});
});

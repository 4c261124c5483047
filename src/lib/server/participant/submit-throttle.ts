import { createMemoryThrottle } from '../throttle/memory-throttle';

/**
 * Stored submissions per client address, only where the operator names a trusted proxy header
 * (see `trustedClientKey`): 40 free, then 2 s, 4 s … up to ten minutes between submits, forgotten
 * after ten quiet minutes. A group answering together on one network (a class, a day centre) stays
 * below 40; a script filling a round from one address is slowed to a handful an hour. Without the
 * header nobody is told apart: signed submission tickets and the round page's warning when a
 * round passes its expected number are then the protection.
 */
export const submitThrottleSettings = {
	freeAttempts: 40,
	windowMs: 10 * 60 * 1000,
	maxDelayMs: 10 * 60 * 1000,
	globalPerHour: null
} as const;

export const submitThrottle = createMemoryThrottle(submitThrottleSettings);

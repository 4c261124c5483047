import { keyed } from './keyed-hash';

/**
 * A client's address as a throttle key, or null when there is none to trust.
 *
 * Behind a reverse proxy every request comes from the proxy's address, so the socket address says
 * nothing about the person and would make one person's mistakes everyone's. The address is used
 * only when the operator names the header their proxy sets (CLIENT_ADDRESS_HEADER, e.g.
 * `x-real-ip`, or `x-forwarded-for`, of which the last entry, the one the proxy appended, counts),
 * and then only as a keyed hash held in memory: never stored, never logged.
 */
export function trustedClientKey(
	headers: Headers,
	headerName: string | undefined = process.env.CLIENT_ADDRESS_HEADER
): string | null {
	if (!headerName) return null;
	const raw = headers.get(headerName);
	if (!raw) return null;
	const address = raw.split(',').at(-1)?.trim() ?? '';
	if (address === '' || address.length > 100) return null;
	return keyed(`adress:${address.toLowerCase()}`);
}

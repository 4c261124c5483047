// A small supervisor: runs the app in a child process and starts it again when it dies, so that a
// crash (a bug, a fault in a dependency, the out-of-memory killer) costs participants seconds,
// not the rest of the day. In production systemd does the same (README: Restart=always); `npm
// start` uses this one.
import { fork } from 'node:child_process';

/** The app's exit code for a configuration it cannot start with: restarting would not help. */
export const configurationExitCode = 78;

/**
 * @typedef {object} SuperviseOptions
 * @property {string} entry The module to run in the child.
 * @property {NodeJS.ProcessEnv} [env]
 * @property {number} [firstDelayMs] Wait before the first restart; doubles while it keeps dying.
 * @property {number} [maxDelayMs]
 * @property {number} [steadyMs] A child that lived this long resets the wait.
 * @property {(message: string) => void} [log]
 */

/**
 * Starts `entry` and restarts it whenever it ends, except after a configuration error (exit code
 * 78) or when told to stop. Returns a handle whose `stop(signal)` passes the signal on and
 * resolves with the child's exit code once it has ended.
 * @param {SuperviseOptions} options
 */
export function supervise({
	entry,
	env = process.env,
	firstDelayMs = 500,
	maxDelayMs = 10_000,
	steadyMs = 60_000,
	log = (message) => console.error(message)
}) {
	/** @type {import('node:child_process').ChildProcess | null} */
	let child = null;
	let stopping = false;
	let delay = firstDelayMs;
	let restarts = 0;
	/** @type {NodeJS.Timeout | null} */
	let pending = null;
	/** @type {(code: number) => void} */
	let finish = () => {};
	/** @type {Promise<number>} */
	const finished = new Promise((resolve) => (finish = resolve));

	function start() {
		pending = null;
		const startedAt = Date.now();
		const current = fork(entry, [], { env, stdio: 'inherit' });
		child = current;
		current.once('exit', (code, signal) => {
			child = null;
			if (stopping) return finish(code ?? 0);
			if (code === configurationExitCode) return finish(code);
			if (Date.now() - startedAt >= steadyMs) delay = firstDelayMs;
			restarts += 1;
			log(
				`NNS indikatorer: servern avslutades oväntat (${signal ?? `kod ${code}`}); ` +
					`startar om om ${(delay / 1000).toLocaleString('sv-SE')} s.`
			);
			pending = setTimeout(start, delay);
			delay = Math.min(delay * 2, maxDelayMs);
		});
	}

	start();
	return {
		/** The running child's process id, or null between a crash and its restart. */
		get pid() {
			return child?.pid ?? null;
		},
		get restarts() {
			return restarts;
		},
		finished,
		/** @param {NodeJS.Signals} [signal] */
		stop(signal = 'SIGTERM') {
			stopping = true;
			if (pending) {
				clearTimeout(pending);
				finish(0);
			} else child?.kill(signal);
			return finished;
		}
	};
}

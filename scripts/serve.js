// Runs the built app for a local demo: the origin defaults to http://localhost:PORT (adapter-node
// otherwise assumes https and refuses form posts over plain http) and demo data is on. The app
// runs under a supervisor that starts it again if it dies (scripts/supervise.js).
// In production run `node build` with ORIGIN set under systemd instead (see README).
import { fileURLToPath } from 'node:url';
import { supervise } from './supervise.js';

process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DEMO_DATA ||= '1';

const app = supervise({ entry: fileURLToPath(new URL('../build/index.js', import.meta.url)) });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	// The child shuts down gracefully (adapter-node drains requests and closes the database).
	process.once(signal, () => void app.stop(signal));
}
process.exitCode = await app.finished;

// Runs in a child process: transactions whose server process is terminated under them, the way
// a PostgreSQL restart leaves them. Unpatched, postgres.js 3.4.9 throws from a setImmediate
// callback here and the process dies; patched, each transaction fails catchably, and the pool
// reconnects with every later query reading its own rows. Prints one JSON line.
import postgres from 'postgres';

const url = process.argv[2] ?? '';
const sql = postgres(url, { max: 1, onnotice: () => {} });
const admin = postgres(url, { max: 1, onnotice: () => {} });
/** @type {string[]} */
const failures = [];

for (let i = 0; i < 10; i++) {
	try {
		await sql.begin(async (tx) => {
			const [row] = await tx`select pg_backend_pid() as pid`;
			const pid = row?.pid;
			await admin`select pg_terminate_backend(${pid})`;
			await new Promise((resolve) => setTimeout(resolve, 20));
			await tx`select 1`;
		});
	} catch (error) {
		failures.push(String(/** @type {{ code?: unknown }} */ (error).code));
	}
}
// Each query afterwards must get its own answer, not a stale one from the closed connection.
/** @type {unknown[]} */
const answers = [];
for (let i = 0; i < 5; i++) {
	const [row] = await sql`select ${i}::int as n`;
	answers.push(row?.n);
}
await sql.end();
await admin.end();
console.log(JSON.stringify({ failures, answers }));

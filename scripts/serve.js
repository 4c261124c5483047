// Runs the built app for a local demo: the origin defaults to http://localhost:PORT (adapter-node
// otherwise assumes https and refuses form posts over plain http) and demo data is on.
// In production run `node build` with ORIGIN set instead (see README).
process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DEMO_DATA ||= '1';

await import('../build/index.js');

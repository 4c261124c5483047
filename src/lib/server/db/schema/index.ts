// The database schema, split by area. drizzle-kit reads this folder (drizzle.config.ts).
export * from './register';
export * from './instrument';
export * from './rounds';
export * from './responses';
export * from './auth';
export * from './reports';
export * from './secrets';

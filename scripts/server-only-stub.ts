// `server-only` outside Next.js. Modules that touch the database import "server-only" so that a
// client component importing one fails the Next build (ARCHITECTURE.md "Layers"). Next resolves
// the package with its react-server condition; tsx (server.ts, the CLI, benchmarks) and Vitest run
// the same modules on the server without that condition, so tsconfig.json and vitest.config.ts map
// the import here. next.config.mjs points Next at tsconfig.next.json, which does not.
export {};

// JavaScript, not TypeScript: Next.js compiles a next.config.ts with its native SWC binding at every
// start, which kept ~24 MB of native code resident for the server's lifetime (ARCHITECTURE.md "Memory").
/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native or stateful packages stay outside the bundle: the copy server.ts loads and the copy
  // Next.js loads must share one database handle and one provider (kept on globalThis).
  serverExternalPackages: [
    "oidc-provider",
    "better-sqlite3",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pino",
    "@node-rs/argon2",
  ],
  poweredByHeader: false,
  // Next.js loads every page's code at start, so that no first view after a restart waits for it.
  // A process that serves a few pages and stops may skip that: NINKA_PRELOAD_PAGES=0, which the
  // integration tests' servers set (ARCHITECTURE.md "Tests and CI": a start costs a quarter less CPU).
  experimental: { preloadEntriesOnStart: process.env.NINKA_PRELOAD_PAGES !== "0" },
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc --noEmit); skipping Next's second pass keeps
  // `npm start`'s first build short.
  // tsconfig.next.json: tsconfig.json without its `server-only` stub (scripts/server-only-stub.ts),
  // so Next enforces server-only for real.
  typescript: { ignoreBuildErrors: true, tsconfigPath: "tsconfig.next.json" },
};

export default nextConfig;

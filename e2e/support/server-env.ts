// The e2e server's address and data directory, shared by playwright.config.ts and tests that
// start a second process on the same database.
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);
export const e2eDataDir = process.env.E2E_DATA_DIR ?? `/tmp/ninka-e2e-${e2ePort}`;

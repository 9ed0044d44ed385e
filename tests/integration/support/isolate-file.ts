import { resetProcessState } from "./use-test-database";

// Runs before each integration file. Files share a worker process (vitest.config.ts), so each
// starts from the environment the worker started with and with nothing of its configuration,
// database client, provider or mailer cached by the file before it.
const initial = ((globalThis as { __ninkaInitialEnv?: NodeJS.ProcessEnv }).__ninkaInitialEnv ??= {
  ...process.env,
});
for (const key of Object.keys(process.env)) if (!(key in initial)) delete process.env[key];
Object.assign(process.env, initial);
resetProcessState();

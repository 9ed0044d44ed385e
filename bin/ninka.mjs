#!/usr/bin/env node
// `npx ninka …` / `npm run ninka -- …`: the operator CLI. Registers tsx so that the TypeScript
// entry and lib/ run as they are, with the project's tsconfig (the `@/` paths) from any directory.
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

// Run from the project directory, like `npm start`: the default ./data and prisma/migrations are
// then the server's. A relative NINKA_DATA_DIR the operator typed still means their directory.
const dataDir = process.env.NINKA_DATA_DIR;
if (dataDir && !isAbsolute(dataDir)) process.env.NINKA_DATA_DIR = resolve(dataDir);
process.chdir(fileURLToPath(new URL("..", import.meta.url)));

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
const { runCli } = await import("../lib/delivery/cli/run-cli.ts");
const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
// Exit now: a database pool or a paused stdin must not keep an operator's shell waiting.
process.exit(code);

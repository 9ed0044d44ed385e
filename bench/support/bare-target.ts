import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BARE_ACCOUNT, BARE_M2M, BARE_SPA, BARE_WEB } from "../baselines/bare-clients";
import { startChildServer } from "./child-server";
import type { Target } from "./target";

// A baseline server (bench/baselines/bare-provider.ts) in its own process.
export async function startBareTarget(adapter: "memory" | "sqlite"): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), "ninka-bench-bare-"));
  try {
    const server = await startChildServer(
      "bench/baselines/bare-provider.ts",
      { BARE_ADAPTER: adapter, BARE_DATA_DIR: dataDir },
      "/oauth/.well-known/openid-configuration",
    );
    return {
      kind: adapter === "memory" ? "bare-memory" : "bare-sqlite",
      label: adapter === "memory" ? "bare oidc-provider, in-memory" : "bare oidc-provider, SQLite",
      database: adapter,
      server,
      issuer: `${server.url}/oauth`,
      account: { email: BARE_ACCOUNT.email, password: BARE_ACCOUNT.password },
      m2m: BARE_M2M,
      web: BARE_WEB,
      spa: BARE_SPA,
      async close() {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

import { execFileSync } from "node:child_process";

// Server processes in these tests serve the production build: make sure it exists and is current.
export default function setup() {
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

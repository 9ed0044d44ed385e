import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eDataDir, e2ePort } from "./e2e/support/server-env";

// Real browser, real server: the production build started by tsx server.ts on a fresh SQLite
// database in a temporary directory. Debian's Chromium headless shell when present (Playwright
// cannot download its own browser here; it is also what Playwright itself runs headless tests
// in, and costs the CPU of the full browser's headless mode by far less), then Debian's full
// Chromium, otherwise Playwright's own.
const port = e2ePort;
const baseURL = `http://localhost:${port}`;
const dataDir = e2eDataDir;
const systemChromium = ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"].find((path) =>
  existsSync(path),
);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  // A step's page may take longer than Playwright's 5 s default to arrive on this 2-core machine while
  // two workers, their browsers and several servers share it (a password check is a deliberate
  // Argon2id); tests wait for what a person would see, never for a fixed time.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    // A trace records every step of every test (the DOM and a screencast), a fifth of the suite's
    // CPU; CI's clone is thrown away with it, so only local runs keep one for a failed test.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: systemChromium
          ? {
              executablePath: systemChromium,
              args: [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
              ],
            }
          : {},
      },
    },
  ],
  webServer: {
    // The server's JSON log (a line per request) goes to a file beside the data directory, not
    // into the test report; look there when the server does not come up.
    command: `rm -rf ${dataDir} && node scripts/build-if-stale.mjs && node node_modules/tsx/dist/cli.mjs server.ts 2> ${dataDir}-server.log`,
    url: `${baseURL}/readyz`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      NINKA_URL: baseURL,
      NINKA_DATA_DIR: dataDir,
      DATABASE_URL: "",
      // Tests give each page its own X-Forwarded-For (e2e/support/accounts.ts useOwnAddress).
      NINKA_TRUST_PROXY: "1",
    },
  },
});

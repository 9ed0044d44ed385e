import { describe, expect, it } from "vitest";
import { runToExit } from "../support/start-server";

// A wrong setting stops the process with one clear line naming the variable, not a stack trace.
describe("configuration errors at start", () => {
  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ NINKA_URL: "not a url" }, "NINKA_URL"],
    [{ DATABASE_URL: "mysql://localhost/x" }, "DATABASE_URL"],
    [{ NINKA_URL: "https://id.example.com" }, "NINKA_SECRET"],
    [{ NINKA_URL: "https://id.example.com", NINKA_SECRET: "x".repeat(32) }, "NINKA_SMTP_URL"],
    [{ NINKA_OUTBOUND_CA_FILE: "/nonexistent/ninka-ca.pem" }, "NINKA_OUTBOUND_CA_FILE"],
    [{ NINKA_OUTBOUND_CA_FILE: "package.json" }, "NINKA_OUTBOUND_CA_FILE"],
  ])("%j stops the server naming %s", async (env, variable) => {
    const { code, output } = await runToExit(["node_modules/tsx/dist/cli.mjs", "server.ts"], {
      NODE_ENV: "production",
      NINKA_DATA_DIR: "/tmp/ninka-config-test-unused",
      ...env,
    });
    expect(code).toBe(1);
    const lines = output
      .trim()
      .split("\n")
      .filter((line) => !line.includes("oidc-provider WARNING"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Invalid configuration: ${variable}`);
    expect(output).not.toMatch(/\n\s+at /);
  });
});

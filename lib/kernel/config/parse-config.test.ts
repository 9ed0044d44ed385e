import { describe, expect, it } from "vitest";
import { isLoopbackUrl, parseConfig } from "./parse-config";

describe("parseConfig", () => {
  it("applies defaults for an empty environment", () => {
    const result = parseConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        NINKA_URL: "http://localhost:3000",
        PORT: 3000,
        HOST: "0.0.0.0",
        NINKA_DATA_DIR: "./data",
        NINKA_TRUST_PROXY: false,
        NINKA_MAX_APPS_PER_USER: 100,
        NINKA_MAX_TOKENS_PER_USER: 50,
        NINKA_USAGE_RECORDING: true,
        NINKA_AUDIT_RETENTION_DAYS: 365,
        NINKA_DCR_OPEN_APPS_PER_IP: 10,
        NINKA_DCR_OPEN_MAX_APPS: 1000,
        NINKA_DCR_UNUSED_DAYS: 30,
      },
    });
  });

  it("validates the audit retention", () => {
    expect(parseConfig({ NINKA_AUDIT_RETENTION_DAYS: "30" })).toMatchObject({
      ok: true,
      config: { NINKA_AUDIT_RETENTION_DAYS: 30 },
    });
    expect(parseConfig({ NINKA_AUDIT_RETENTION_DAYS: "0" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("NINKA_AUDIT_RETENTION_DAYS"),
    });
  });

  it("validates the caps and the unused days of open dynamic registration", () => {
    expect(
      parseConfig({ NINKA_DCR_OPEN_APPS_PER_IP: "2", NINKA_DCR_OPEN_MAX_APPS: "5", NINKA_DCR_UNUSED_DAYS: "7" }),
    ).toMatchObject({
      ok: true,
      config: { NINKA_DCR_OPEN_APPS_PER_IP: 2, NINKA_DCR_OPEN_MAX_APPS: 5, NINKA_DCR_UNUSED_DAYS: 7 },
    });
    for (const name of ["NINKA_DCR_OPEN_APPS_PER_IP", "NINKA_DCR_OPEN_MAX_APPS", "NINKA_DCR_UNUSED_DAYS"]) {
      expect(parseConfig({ [name]: "0" })).toMatchObject({ ok: false, message: expect.stringContaining(name) });
    }
  });

  it("validates the per-user caps", () => {
    expect(parseConfig({ NINKA_MAX_APPS_PER_USER: "7" })).toMatchObject({
      ok: true,
      config: { NINKA_MAX_APPS_PER_USER: 7 },
    });
    expect(parseConfig({ NINKA_MAX_TOKENS_PER_USER: "0" })).toEqual({
      ok: false,
      message: "Invalid configuration: NINKA_MAX_TOKENS_PER_USER must be between 1 and 100000",
    });
    expect(parseConfig({ NINKA_MAX_APPS_PER_USER: "many" })).toMatchObject({ ok: false });
  });

  it("defaults NINKA_URL to the port it listens on, so PORT=3901 announces http://localhost:3901/oauth", () => {
    const result = parseConfig({ PORT: "3901" });
    expect(result.ok && result.config.NINKA_URL).toBe("http://localhost:3901");
  });

  it("keeps an explicit NINKA_URL whatever the PORT (a proxy may sit in front)", () => {
    const result = parseConfig({ PORT: "3901", NINKA_URL: "http://localhost:8080" });
    expect(result.ok && result.config.NINKA_URL).toBe("http://localhost:8080");
  });

  it("normalises NINKA_URL to its origin", () => {
    const result = parseConfig({ NINKA_URL: "http://127.0.0.1:4000/" });
    expect(result.ok && result.config.NINKA_URL).toBe("http://127.0.0.1:4000");
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ NINKA_URL: "ftp://x" }, "NINKA_URL"],
    [{ NINKA_URL: "not a url" }, "NINKA_URL"],
    [{ NINKA_URL: "http://localhost:3000/auth" }, "NINKA_URL"],
    [{ DATABASE_URL: "mysql://db/x" }, "DATABASE_URL"],
    [{ NINKA_SECRET: "short" }, "NINKA_SECRET"],
    [{ NINKA_TRUST_PROXY: "yes" }, "NINKA_TRUST_PROXY"],
    [{ NINKA_URL: "https://id.example.com" }, "NINKA_SECRET"],
    [{ NINKA_URL: "https://id.example.com", NINKA_SECRET: "x".repeat(32) }, "NINKA_SMTP_URL"],
    [{ NINKA_SMTP_URL: "mail.example.com" }, "NINKA_SMTP_URL"],
  ])("rejects %j naming %s in one line", (env, name) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(name);
      expect(result.message).not.toContain("\n");
    }
  });

  it("accepts a public URL with a secret and a PostgreSQL URL", () => {
    const result = parseConfig({
      NINKA_URL: "https://id.example.com",
      NINKA_SECRET: "x".repeat(32),
      DATABASE_URL: "postgres://u@db:5432/ninka",
      NINKA_TRUST_PROXY: "1",
      NINKA_SMTP_URL: "smtp://ninka:pw@mail.example.com:587",
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.config.NINKA_TRUST_PROXY).toBe(true);
  });

  it("treats empty variables as unset", () => {
    const result = parseConfig({ DATABASE_URL: "", PORT: "" });
    expect(result.ok && result.config.PORT).toBe(3000);
    expect(result.ok && result.config.DATABASE_URL).toBeUndefined();
  });
});

describe("isLoopbackUrl", () => {
  it.each([
    ["http://localhost:3000", true],
    ["http://127.0.0.1", true],
    ["http://[::1]:8080", true],
    ["https://id.example.com", false],
    ["http://10.0.0.1", false],
  ])("%s -> %s", (url, expected) => expect(isLoopbackUrl(url)).toBe(expected));
});

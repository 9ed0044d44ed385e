import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIo } from "./cli-io";
import { readPassword } from "./read-password";
import { runCli } from "./run-cli";

// Only paths that end before any database access; the database paths are in
// tests/integration/personal-access-tokens.test.ts, through the real bin.
function fakeIo(stdinText = "") {
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const out = { stdout: "", stderr: "" };
  const sink = (key: keyof typeof out) => {
    const stream = new PassThrough();
    stream.on("data", (chunk) => (out[key] += chunk));
    return stream;
  };
  return { io: { stdin, stdout: sink("stdout"), stderr: sink("stderr") } satisfies CliIo, out };
}

describe("runCli", () => {
  it("--help lists the commands and exits 0", async () => {
    const { io, out } = fakeIo();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(out.stdout).toMatch(/users create/);
    expect(out.stdout).toMatch(/tokens create/);
    expect(out.stdout).toMatch(/migrate/);
  });

  it("a command's --help shows its options", async () => {
    const { io, out } = fakeIo();
    expect(await runCli(["tokens", "create", "--help"], io)).toBe(0);
    expect(out.stdout).toMatch(/--scopes/);
    expect(out.stdout).toMatch(/--expires-in-days/);
  });

  it("no arguments: help on stderr, exit 2", async () => {
    const { io, out } = fakeIo();
    expect(await runCli([], io)).toBe(2);
    expect(out.stderr).toMatch(/^Usage: ninka/);
  });

  it.each([
    [["frobnicate"], "ninka: unknown command: frobnicate"],
    [["users", "create", "--email", "a@example.com", "--nme", "x"], "ninka: unknown option '--nme'"],
    [["users", "create", "--email", "a@example.com"], "ninka: missing --name"],
    [["tokens", "create", "--email"], "ninka: option '--email <value>' argument missing"],
    [["migrate", "extra"], "ninka: unexpected argument 'extra'"],
  ])("usage error for %j: one line and exit 2", async (argv, line) => {
    const { io, out } = fakeIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stderr.split("\n")[0]).toBe(line);
    expect(out.stderr).toContain("Run 'ninka --help' for usage.");
  });

  it.each([
    [
      ["--scopes", "admin"],
      "ninka: --scopes: Scopes are clients:read, clients:write, apis:read, apis:write, teams:read and teams:write",
    ],
    [["--scopes", ""], "ninka: --scopes: Choose at least one scope"],
    [["--scopes", "clients:read", "--expires-in-days", "0"], "ninka: --expires-in-days: Expiry must be at least 1 day"],
  ])("invalid token input %j: one line naming the flag, exit 1", async (extra, line) => {
    const { io, out } = fakeIo();
    expect(await runCli(["tokens", "create", "--email", "a@example.com", "--name", "CI", ...extra], io)).toBe(1);
    expect(out.stderr).toBe(`${line}\n`);
    expect(out.stdout).toBe("");
  });
});

describe("readPassword", () => {
  it("reads stdin without its trailing newline", async () => {
    expect(await readPassword(fakeIo("pass word here\n").io, true)).toBe("pass word here");
    expect(await readPassword(fakeIo("crlf password\r\n").io, true)).toBe("crlf password");
  });

  it("refuses to wait for a prompt when stdin is not a terminal", async () => {
    await expect(readPassword(fakeIo().io, false)).rejects.toThrow(/--password-stdin/);
  });

  it("prompts twice on a terminal without echo, with backspace", async () => {
    const { io, out } = fakeIo();
    const stdin = Object.assign(new PassThrough(), { isTTY: true, modes: [] as boolean[] });
    const tty = { ...io, stdin: Object.assign(stdin, { setRawMode: (mode: boolean) => stdin.modes.push(mode) }) };
    const answer = readPassword(tty, false);
    stdin.write("secreX\u007ft\r");
    await new Promise((r) => setTimeout(r, 10));
    stdin.write("secret\r");
    expect(await answer).toBe("secret");
    expect(out.stderr).toBe("Password: \nRepeat password: \n");
    expect(stdin.modes).toEqual([true, false, true, false]);
  });
});

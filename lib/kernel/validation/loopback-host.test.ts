import { describe, expect, it } from "vitest";
import { isLoopbackHost, LOOPBACK_HOSTS_WORDS } from "./loopback-host";

describe("isLoopbackHost", () => {
  it.each([
    ["localhost", true],
    ["127.0.0.1", true],
    ["[::1]", true],
    ["127.0.0.2", false],
    ["localhost.example.com", false],
    ["10.0.0.1", false],
  ])("%s -> %s", (host, expected) => expect(isLoopbackHost(host)).toBe(expected));

  it("names the hosts in words", () => expect(LOOPBACK_HOSTS_WORDS).toBe("localhost, 127.0.0.1 or [::1]"));
});

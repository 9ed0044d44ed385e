import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientIpOf } from "./client-ip";

const request = (forwardedFor?: string) =>
  ({
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    socket: { remoteAddress: "10.0.0.9" },
  }) as unknown as IncomingMessage;

describe("clientIpOf", () => {
  it("uses the socket address unless the proxy is trusted", () => {
    expect(clientIpOf(request("203.0.113.7"), false)).toBe("10.0.0.9");
    expect(clientIpOf(request(), true)).toBe("10.0.0.9");
  });

  it("takes the entry the trusted proxy appended, not one the client forged", () => {
    expect(clientIpOf(request("198.51.100.1, 203.0.113.7"), true)).toBe("203.0.113.7");
    expect(clientIpOf(request("203.0.113.7"), true)).toBe("203.0.113.7");
  });
});

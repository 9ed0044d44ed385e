import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const ORIGIN = "http://localhost:3999";
const request = (method: string, headers: Record<string, string>) =>
  new Request(`${ORIGIN}/clients`, { method, headers });

describe("isSameOriginRequest", () => {
  const saved = process.env.NINKA_URL;
  beforeAll(() => {
    delete (globalThis as Record<string, unknown>).__ninkaConfig;
    process.env.NINKA_URL = ORIGIN;
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).__ninkaConfig;
    process.env.NINKA_URL = saved;
  });

  it("accepts Ninka's own pages", () => {
    expect(isSameOriginRequest(request("POST", { origin: ORIGIN, "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(request("POST", { origin: ORIGIN }))).toBe(true);
    expect(isSameOriginRequest(request("GET", { "sec-fetch-site": "same-origin" }))).toBe(true);
  });

  it("refuses other sites, look-alike origins and unsafe requests without an Origin", () => {
    expect(isSameOriginRequest(request("POST", { origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(request("POST", { origin: `${ORIGIN}.evil.example` }))).toBe(false);
    expect(isSameOriginRequest(request("POST", { origin: ORIGIN, "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOriginRequest(request("GET", { "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(request("POST", {}))).toBe(false);
    expect(isSameOriginRequest(request("POST", { "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isSameOriginRequest(request("GET", {}))).toBe(false);
  });
});

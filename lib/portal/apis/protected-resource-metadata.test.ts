import { describe, expect, it } from "vitest";
import { describeProtectedResource } from "./protected-resource-metadata";
import type { ApiView } from "./schemas";

const api = (identifier: string): ApiView => ({
  id: "00000000-0000-4000-8000-000000000000",
  name: "Notes",
  identifier,
  description: "",
  scopes: [
    { value: "notes.read", description: "Read notes" },
    { value: "notes.write", description: "Write notes" },
  ],
  access_token_ttl: 3600,
  signing_alg: "ES256",
  created_at: "2026-12-06T00:00:00.000Z",
  updated_at: "2026-12-06T00:00:00.000Z",
  owner: { type: "user", id: "u1", name: "Ada" },
});

describe("describeProtectedResource (RFC 9728)", () => {
  it("puts the well-known segment between the host and the identifier's path (§3.1)", () => {
    const wellKnown = (identifier: string) => describeProtectedResource(api(identifier)).metadataUrl;
    expect(wellKnown("https://resource.example.com/resource1")).toBe(
      "https://resource.example.com/.well-known/oauth-protected-resource/resource1",
    );
    expect(wellKnown("https://api.example.com")).toBe("https://api.example.com/.well-known/oauth-protected-resource");
    expect(wellKnown("https://api.example.com/")).toBe("https://api.example.com/.well-known/oauth-protected-resource");
    expect(wellKnown("http://localhost:4100/mcp?v=2")).toBe(
      "http://localhost:4100/.well-known/oauth-protected-resource/mcp?v=2",
    );
  });

  it("names the identifier, the issuer and the scopes, and points the 401 challenge at the document", () => {
    const described = describeProtectedResource(api("https://notes.example/mcp"));
    expect(described.metadata).toEqual({
      resource: "https://notes.example/mcp",
      authorization_servers: [expect.stringMatching(/\/oauth$/)],
      scopes_supported: ["notes.read", "notes.write"],
      bearer_methods_supported: ["header"],
      resource_name: "Notes",
    });
    expect(described.challenge).toBe(
      'Bearer resource_metadata="https://notes.example/.well-known/oauth-protected-resource/mcp"',
    );
  });
});

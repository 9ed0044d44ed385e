import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { TEAM_ACTIONS, type TeamAction } from "@/lib/kernel/actors/team-permissions";
import { API_OPERATIONS } from "@/lib/delivery/http/api-operations";
import { buildOpenApiDocument } from "./build-openapi-document";

describe("OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(buildOpenApiDocument("http://localhost:3000"));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route of the REST API with the fields of the shared zod schemas", () => {
    const doc = buildOpenApiDocument("http://localhost:3000");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/apis",
      "/apis/{apiId}",
      "/apis/{apiId}/clients",
      "/apis/{apiId}/clients/{clientId}",
      "/apis/{apiId}/owner",
      "/apis/{apiId}/protected-resource-metadata",
      "/clients",
      "/clients/{clientId}",
      "/clients/{clientId}/credentials",
      "/clients/{clientId}/credentials/{secretId}",
      "/clients/{clientId}/events",
      "/clients/{clientId}/owner",
      "/clients/{clientId}/usage",
      "/registration-tokens",
      "/registration-tokens/{tokenId}",
      "/teams",
      "/teams/join",
      "/teams/{teamId}",
      "/teams/{teamId}/events",
      "/teams/{teamId}/invitations",
      "/teams/{teamId}/invitations/{invitationId}",
      "/teams/{teamId}/members",
      "/teams/{teamId}/members/{userId}",
    ]);
    const input = doc.components.schemas.ClientInput as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(input.properties)).toEqual(
      expect.arrayContaining(["client_name", "redirect_uris", "scope", "application_type", "logo_uri"]),
    );
    expect(input.required).toEqual(expect.arrayContaining(["client_name", "application_type"]));
  });

  it("describes /apis with the body of the issue and its token scopes", () => {
    const doc = buildOpenApiDocument("http://localhost:3000");
    const input = doc.components.schemas.ApiInput as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(input.properties).sort()).toEqual([
      "access_token_ttl",
      "description",
      "identifier",
      "name",
      "scopes",
      "signing_alg",
    ]);
    expect(input.required.sort()).toEqual(["identifier", "name"]);
    const view = doc.components.schemas.Api as { properties: Record<string, unknown> };
    expect(Object.keys(view.properties)).toEqual(expect.arrayContaining(["id", "created_at", "updated_at", "scopes"]));
    const paths = doc.paths as Record<string, Record<string, { security: { personalAccessToken?: string[] }[] }>>;
    expect(paths["/apis"]!.post!.security[0]!.personalAccessToken).toEqual(["apis:write"]);
    expect(paths["/apis/{apiId}/clients"]!.get!.security[0]!.personalAccessToken).toEqual(["apis:read"]);
    expect(paths["/apis/{apiId}/protected-resource-metadata"]!.get!.security[0]!.personalAccessToken).toEqual([
      "apis:read",
    ]);
  });

  it("documents each team operation's role from the one table of team rights, and its scope", () => {
    const doc = buildOpenApiDocument("http://localhost:3000");
    type Operation = { "x-team-role"?: string; description?: string; security: { personalAccessToken?: string[] }[] };
    const paths = doc.paths as Record<string, Record<string, Operation>>;
    const teamOperations = Object.entries(API_OPERATIONS).filter(([, operation]) => "teamAction" in operation);
    expect(teamOperations.filter(([, operation]) => operation.path.startsWith("/teams"))).toHaveLength(10);
    // What a team owns answers by the same table: a team's app to its viewers, its secrets to developers.
    expect(paths["/clients/{clientId}"]!.get!["x-team-role"]).toBe("viewer");
    expect(paths["/clients/{clientId}/credentials"]!.get!["x-team-role"]).toBe("developer");
    expect(paths["/clients/{clientId}/owner"]!.put!["x-team-role"]).toBe("owner");
    expect(paths["/apis/{apiId}/clients/{clientId}"]!.put!["x-team-role"]).toBe("admin");
    for (const [, operation] of teamOperations) {
      const described = paths[operation.path]![operation.method]!;
      const role = TEAM_ACTIONS[(operation as { teamAction: TeamAction }).teamAction].role;
      expect(described["x-team-role"]).toBe(role);
      expect(described.description).toContain(`Needs the ${role} role`);
    }
    expect(paths["/teams/{teamId}"]!.delete!["x-team-role"]).toBe("owner");
    expect(paths["/teams/{teamId}/members"]!.get!["x-team-role"]).toBe("viewer");
    expect(paths["/teams/{teamId}/invitations"]!.post!.security[0]!.personalAccessToken).toEqual(["teams:write"]);
    expect(paths["/teams"]!.get!.security[0]!.personalAccessToken).toEqual(["teams:read"]);
    const problem = doc.components.schemas.Problem as { properties: Record<string, unknown> };
    expect(Object.keys(problem.properties)).toEqual(
      expect.arrayContaining(["required_role", "team_apps", "team_apis"]),
    );
  });

  it("documents the confirm parameter of PUT and DELETE /apis/{apiId} and their 409 naming the affected apps", () => {
    const doc = buildOpenApiDocument("http://localhost:3000");
    const path = (
      doc.paths as Record<
        string,
        Record<string, { parameters: { name: string; in: string }[]; responses: Record<string, unknown> }>
      >
    )["/apis/{apiId}"]!;
    for (const operation of [path.put!, path.delete!]) {
      expect(operation.parameters).toContainEqual(expect.objectContaining({ name: "confirm", in: "query" }));
      expect(operation.responses["409"]).toBeDefined();
    }
    const problem = doc.components.schemas.Problem as { properties: Record<string, unknown> };
    expect(Object.keys(problem.properties)).toContain("affected_clients");
  });
});

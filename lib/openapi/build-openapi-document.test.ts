import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
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
      "/clients",
      "/clients/{clientId}",
      "/clients/{clientId}/credentials",
      "/clients/{clientId}/credentials/{secretId}",
    ]);
    const input = doc.components.schemas.ClientInput as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(input.properties)).toEqual(expect.arrayContaining(["client_name", "redirect_uris", "scope", "application_type", "logo_uri"]));
    expect(input.required).toEqual(expect.arrayContaining(["client_name", "application_type"]));
  });
});

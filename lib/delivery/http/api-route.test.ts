import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "./api-operations";
import { apiRoutes } from "./api-route";

// The route file of a REST path: "/clients/{clientId}" → app/clients/[clientId]/route.ts.
const routeFile = (path: string) => `app${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;

describe("apiRoutes", () => {
  it("serves every operation from the route file of its path, by name", () => {
    for (const [id, { path }] of Object.entries(API_OPERATIONS)) {
      expect(existsSync(routeFile(path)), routeFile(path)).toBe(true);
      expect(readFileSync(routeFile(path), "utf8"), `${id} in ${routeFile(path)}`).toMatch(
        new RegExp(`\\bapiRoutes\\(\\{[^]*\\b${id}:`),
      );
    }
  });

  it("answers the methods a path does not serve with 405 and the Allow its entries imply", async () => {
    const routes = apiRoutes({ listClients: async () => [], createClient: async () => ({}) });
    const response = await routes.PATCH(new Request("http://localhost/clients", { method: "PATCH" }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST, HEAD, OPTIONS");
  });

  it("refuses to mix operations of different paths in one route", () => {
    expect(() => apiRoutes({ listClients: async () => [], getClient: async () => ({}) })).toThrow(/one path/);
  });
});

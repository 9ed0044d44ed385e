import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/kernel/actors/actor";
import { getDb } from "@/lib/kernel/db/client";
import { createToken } from "@/lib/portal/personal-access-tokens/create-token";
import type { TokenScope } from "@/lib/portal/personal-access-tokens/token-scopes";
import { createUser } from "@/lib/accounts/users/create-user";

// Users and personal access tokens made in-process on the test database, for HTTP tests against
// a server process sharing that database. Each call makes fresh ones.
export async function createDeveloper(name = "Dev"): Promise<Actor & { password: string }> {
  const password = `pw-${randomUUID()}`;
  const user = await createUser(
    { email: `${name.toLowerCase()}-${randomUUID()}@example.test`, name, password },
    { emailVerified: true },
  );
  return { ...user, password };
}

/** A developer who is also an instance administrator. */
export async function createAdmin(name = "Admin"): Promise<Actor & { password: string }> {
  const admin = await createDeveloper(name);
  await getDb().user.update({ where: { id: admin.id }, data: { isAdmin: true } });
  return admin;
}

export async function createPat(
  actor: Actor,
  scopes: TokenScope[] = ["clients:read", "clients:write"],
): Promise<string> {
  const { token } = await createToken(actor, { name: `test ${scopes.join(" ")}`, scopes });
  return token;
}

/** fetch with a bearer token and, for bodies, JSON. */
export function apiClient(baseUrl: string, token?: string) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(token && { authorization: `Bearer ${token}` }),
        ...(body !== undefined && { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text && /json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, json };
  };
}

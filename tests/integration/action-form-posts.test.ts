import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { signInToConsole } from "../../bench/support/console-session";
import { createApi } from "@/lib/portal/apis/create-api";
import { createClient } from "@/lib/portal/clients/create-client";
import { getDb } from "@/lib/kernel/db/client";
import { createDeveloper } from "./support/api-fixtures";
import { useInstanceServer } from "./support/use-server";

// Every server action, posted over HTTP the way React's client posts a form
// (multipart, `Next-Action: <id>`, fields then the encoded arguments), with generated field
// values: never a 5xx or a dropped connection, always the action's typed result (never INTERNAL),
// and when it refuses, nothing written. The seed is fixed; NINKA_FC_SEED=random explores others.
const seed =
  process.env.NINKA_FC_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.NINKA_FC_SEED ?? 20261128);
const RUNS = 10;

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

// Every field name any action reads; each post sends a random subset with random values.
const FIELDS = [
  "name",
  "email",
  "password",
  "token",
  "id",
  "mode",
  "domains",
  "enabled",
  "clientId",
  "client_id",
  "decision",
  "note",
  "reason",
  "code",
  "currentPassword",
  "newPassword",
  "endAppAccess",
  "revokeTokens",
  "confirmedAppIds",
  "secret_id",
  "expires_in",
  "scopes",
  "scope",
  "grant_types",
  "application_type",
  "client_name",
  "redirect_uris",
  "post_logout_redirect_uris",
  "logo_uri",
  "identifier",
  "description",
  "access_token_ttl",
  "signing_alg",
  "expiresInDays",
  "interaction",
  "invitation",
  "confirm",
];
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom("\u0000", "\u001b", "\n", "\u007f", "a", "é", "\ud83d\ude00", "\ud800"),
    maxLength: 12,
  }),
  fc.constantFrom(
    "",
    " ",
    "on",
    "https://ok.example/cb",
    "web",
    "m2m",
    "openid email",
    "clients:read",
    "approve",
    "closed",
    "ES256",
    "-1",
    "1e9",
    "__proto__",
  ),
  fc.constant("x".repeat(5_000)),
);
// Mostly the fields the action's own module reads (so each post reaches its parsing), some others.
const fieldsFor = (own: string[]) =>
  fc.array(
    fc.tuple(
      own.length
        ? fc.oneof(
            { arbitrary: fc.constantFrom(...own), weight: 4 },
            { arbitrary: fc.constantFrom(...FIELDS), weight: 1 },
          )
        : fc.constantFrom(...FIELDS),
      value,
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  );
const namesReadBy = (file: string) => [
  ...new Set(
    [...readFileSync(file, "utf8").matchAll(/(?:form\.get|getAll|formText\(form,)\s*\(?"([\w]+)"/g)].map(
      (match) => match[1]!,
    ),
  ),
];

// What a refused action must leave as it was: the rows of every table an action writes, and the
// acting user's own row (password hash, email, verification).
async function fingerprint(userId: string) {
  const db = getDb();
  const counts = await Promise.all([
    db.user.count(),
    db.client.count(),
    db.clientSecret.count(),
    db.personalAccessToken.count({ where: { revokedAt: null } }),
    db.api.count(),
    db.apiScope.count(),
    db.apiClientApproval.count(),
    db.oidcPayload.count({ where: { model: "Grant" } }),
    db.totpFactor.count(),
    db.recoveryCode.count({ where: { usedAt: null } }),
    db.instanceSetting.count(),
    db.invitation.count(),
    db.clientReview.count(),
    db.clientTestUser.count(),
  ]);
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true, emailVerifiedAt: true, name: true },
  });
  const clients = await db.client.findMany({
    select: { id: true, updatedAt: true, name: true },
    orderBy: { id: "asc" },
  });
  return JSON.stringify({ counts, user, clients });
}

describe("server actions over HTTP, property-based", { timeout: 600_000 }, () => {
  const { server } = useInstanceServer();
  let cookie: string;
  let user: Awaited<ReturnType<typeof createDeveloper>>;
  const params: Record<string, string> = {};

  beforeAll(async () => {
    user = await createDeveloper("Fuzzer");
    // An administrator, so the admin actions run past their 404 too.
    await getDb().user.update({ where: { id: user.id }, data: { isAdmin: true } });
    params.id = (
      await createClient(user, {
        client_name: "Fuzzed",
        application_type: "web",
        redirect_uris: ["https://ok.example/cb"],
      })
    ).client.client_id;
    const suffix = Math.random().toString(36).slice(2, 8);
    params.apiId = (
      await createApi(user, {
        name: "Fuzz API",
        identifier: `https://api.example.com/fuzz-${suffix}`,
        description: "",
        scopes: [{ value: `fuzz${suffix}.read`, description: "Read" }],
        access_token_ttl: 600,
        signing_alg: "ES256",
      })
    ).id;
    cookie = await signInToConsole(server().url, user);
  });

  /** Every action in the build, with a page that serves it (path parameters filled in). */
  function actions() {
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, ManifestEntry>;
    };
    return Object.entries(manifest.node).map(([id, entry]) => {
      const page =
        Object.keys(entry.workers)[0]!
          .replace(/^app/, "")
          .replace(/\/page$/, "") || "/";
      const path = page
        .replace("/apis/[id]", `/apis/${params.apiId}`)
        .replace("[id]", params.id!)
        .replace("[uid]", "no-such-interaction");
      return {
        id,
        name: `${entry.exportedName} (${entry.filename})`,
        path,
        fields: fieldsFor(namesReadBy(entry.filename)),
      };
    });
  }

  it("answers every generated form post with a typed result or a 4xx, and writes nothing when it refuses", async () => {
    const all = actions();
    expect(all.length).toBeGreaterThanOrEqual(30);
    const answered: Record<string, number> = {};
    for (const action of all) {
      answered[action.name] = 0;
      await fc.assert(
        fc.asyncProperty(action.fields, async (entries) => {
          const before = await fingerprint(user.id);
          const body = new FormData();
          for (const [name, text] of entries) body.append(`_1_${name}`, text);
          body.append("0", JSON.stringify([null, "$K1"])); // (previousState, formData), as useActionState posts
          const response = await fetch(`${server().url}${action.path}`, {
            method: "POST",
            headers: { cookie, "next-action": action.id, accept: "text/x-component" },
            body,
          });
          const text = await response.text();
          expect(response.status, `${action.name}: ${text.slice(0, 300)}`).toBeLessThan(500);
          if (response.status >= 400) return void expect(await fingerprint(user.id), action.name).toBe(before);
          const result = JSON.parse(text.match(/^1:(.*)$/m)?.[1] ?? "null") as { ok: boolean; code?: string } | null;
          expect(result, `${action.name}: no action result in ${text.slice(0, 300)}`).toMatchObject({
            ok: expect.any(Boolean),
          });
          expect(result!.code, action.name).not.toBe("INTERNAL");
          answered[action.name]! += 1;
          if (!result!.ok)
            expect(await fingerprint(user.id), `${action.name} refused with ${result!.code} but wrote`).toBe(before);
        }),
        { seed, numRuns: RUNS, endOnFailure: true },
      );
    }
    // Each action was reached and answered with its result at least once (not only 4xx from routing).
    expect(
      Object.entries(answered)
        .filter(([, count]) => count === 0)
        .map(([name]) => name),
    ).toEqual([]);
  });
});

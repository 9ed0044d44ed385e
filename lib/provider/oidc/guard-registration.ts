import type Provider from "oidc-provider";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { currentRequest } from "@/lib/kernel/log";
import { getDcrPolicy } from "@/lib/accounts/settings/dcr-policy";
import { findProviderClient } from "@/lib/portal/clients/find-provider-client";
import { findRegistrationToken } from "@/lib/portal/registration-tokens/use-registration-token";
import { FIRST_PARTY_PROPERTY } from "./console-client";
import { OIDC_ROUTES } from "./endpoints";
import { hideDocumentSupportWhenOff } from "./client-id-documents";
import { registrationContext, type RegistrationContext } from "./registration-context";
import { SCOPES_PROPERTY, SECRETS_PROPERTY, toOidcMetadata } from "./to-oidc-metadata";

// The dynamic registration policy in front of node-oidc-provider's registration endpoints
// (ARCHITECTURE.md "Dynamic registration"): `off` hides registration_endpoint from discovery and
// answers 404; `token` needs a developer's initial access token (RFC 7591 §3), whose developer
// the app will belong to; `open` needs none (the app then has no owner and counts against the
// caps, lib/portal/clients/register-client.ts), though a request presenting one is still a `token`
// registration. Read at every request, so an administrator's change holds at once on every
// process. Answers show what Ninka stored, not what was asked for (RFC 7591 §3.2.1).
const REGISTRATION = OIDC_ROUTES.registration;
const DISCOVERY = "/.well-known/openid-configuration";
const SYSTEM = systemActor("registration");
export const INTERNAL_PROPERTIES = [SECRETS_PROPERTY, SCOPES_PROPERTY, FIRST_PARTY_PROPERTY];

type Ctx = Parameters<Parameters<Provider["use"]>[0]>[0];

export function guardRegistration(provider: Provider) {
  provider.use(async (ctx, next) => {
    if (ctx.path === DISCOVERY) {
      await next();
      const { mode } = await getDcrPolicy();
      if (mode === "off" && ctx.body && typeof ctx.body === "object") delete ctx.body.registration_endpoint;
      await hideDocumentSupportWhenOff(ctx.body, mode);
      return;
    }
    if (ctx.path !== REGISTRATION && !ctx.path.startsWith(`${REGISTRATION}/`)) return next();
    const { mode } = await getDcrPolicy();
    if (mode === "off") return refuse(ctx, 404, "invalid_request", "dynamic client registration is not enabled");
    if (ctx.path !== REGISTRATION || ctx.method !== "POST") {
      await registrationContext.run({}, next);
      return answerWithStoredClient(ctx);
    }
    const presented = /^Bearer (\S+)$/i.exec(ctx.get("authorization"))?.[1];
    if (mode === "open" && !presented) {
      const context: RegistrationContext = { registration: { via: "open", ip: currentRequest()?.ip ?? null } };
      await registrationContext.run(context, next);
      if (ctx.status === 429 && context.retryAfterSeconds) ctx.set("Retry-After", String(context.retryAfterSeconds));
      return answerWithStoredClient(ctx);
    }
    const token = presented ? await findRegistrationToken(SYSTEM, presented) : null;
    if (!token) {
      ctx.set("WWW-Authenticate", 'Bearer error="invalid_token"');
      return refuse(ctx, 401, "invalid_token", "a valid initial access token is required");
    }
    await registrationContext.run({ registration: { via: "token", tokenId: token.id, ownerId: token.userId } }, next);
    return answerWithStoredClient(ctx);
  });
}

function refuse(ctx: Ctx, status: number, error: string, description: string) {
  ctx.status = status;
  ctx.set("Cache-Control", "no-store");
  ctx.body = { error, error_description: description };
}

// The provider answers with the metadata it validated; Ninka may have normalised it (scopes,
// defaults of the app's type), and its own properties (digests, the full scope list) stay inside.
async function answerWithStoredClient(ctx: Ctx) {
  const body = ctx.body as Record<string, unknown> | undefined;
  if (ctx.status >= 300 || !body || typeof body.client_id !== "string") return;
  const row = await findProviderClient(SYSTEM, body.client_id);
  if (!row) return;
  const stored: Record<string, unknown> = toOidcMetadata(row);
  const scope = (stored[SCOPES_PROPERTY] as string[]).join(" ");
  for (const property of [...INTERNAL_PROPERTIES, "client_secret"]) delete stored[property];
  ctx.body = {
    ...stored,
    ...(scope && { scope }),
    client_id_issued_at: body.client_id_issued_at ?? Math.floor(row.createdAt.getTime() / 1000),
    // Only the registration response carries the secret (shown once); reads never do.
    ...(ctx.method === "POST" &&
      typeof body.client_secret === "string" && {
        client_secret: body.client_secret,
        client_secret_expires_at: 0,
      }),
    registration_client_uri: body.registration_client_uri,
    registration_access_token: body.registration_access_token,
  };
}

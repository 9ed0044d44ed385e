import type Provider from "oidc-provider";

/**
 * client_credentials tokens carry only scopes the client registered. oidc-provider enforces this
 * for clients that registered some scopes, but treats a client with none (a machine-to-machine
 * app's default) as allowed every scope. For those, a token with any scope is deleted before it
 * leaves, and the client gets invalid_scope (RFC 6749 §5.2) instead.
 */
export function installClientCredentialsScopeLimit(provider: Provider): void {
  provider.use(async (ctx, next) => {
    await next();
    const token = ctx.oidc?.route === "token" ? ctx.oidc.entities.ClientCredentials : undefined;
    if (!token || ctx.status !== 200) return;
    const registered = new Set((ctx.oidc.client?.scope ?? "").split(" ").filter(Boolean));
    const excess = [...token.scopes].filter((scope) => scope && !registered.has(scope));
    if (!excess.length) return;
    await token.destroy();
    ctx.status = 400;
    ctx.body = { error: "invalid_scope", error_description: `requested scope is not allowed: ${excess.join(" ")}` };
  });
}

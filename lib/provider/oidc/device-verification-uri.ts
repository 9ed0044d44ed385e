import type Provider from "oidc-provider";

/**
 * Device authorization responses (RFC 8628 §3.2) send the person to Ninka's short /device address,
 * which is easier to type from a TV screen than the /oauth/device path oidc-provider serves; it
 * leads there (app/device/route.ts), code and all.
 */
export function installDeviceVerificationUri(provider: Provider, ninkaUrl: string): void {
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route !== "device_authorization" || ctx.status !== 200) return;
    const body = ctx.body as
      { user_code?: string; verification_uri?: string; verification_uri_complete?: string } | undefined;
    if (!body?.user_code) return;
    const page = new URL("/device", ninkaUrl);
    body.verification_uri = page.href;
    page.searchParams.set("user_code", body.user_code);
    body.verification_uri_complete = page.href;
  });
}

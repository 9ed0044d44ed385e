// /device: the short address shown on TVs and devices (RFC 8628 verification_uri). The code entry
// page itself is oidc-provider's, in Ninka's look (lib/provider/oidc-pages/device-pages.ts); a code in the
// link (verification_uri_complete) goes along.
export function GET(req: Request) {
  const code = new URL(req.url).searchParams.get("user_code");
  const location = code ? `/oauth/device?${new URLSearchParams({ user_code: code })}` : "/oauth/device";
  return new Response(null, { status: 303, headers: { Location: location } });
}

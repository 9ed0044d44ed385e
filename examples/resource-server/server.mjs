// A small API protected by Ninka. It trusts nothing but Ninka's signature: it reads the JWKS from
// discovery, then checks each access token's signature, issuer, audience (this API's identifier),
// type (RFC 9068 at+jwt), expiry and scope. Run it with
//   NINKA_ISSUER=http://localhost:3000/oauth API_AUDIENCE=https://photos.example API_SCOPE=photos.read \
//   node examples/resource-server/server.mjs
import { createServer } from "node:http";
import { createRemoteJWKSet, jwtVerify } from "jose";

const { NINKA_ISSUER, API_AUDIENCE, API_SCOPE = "photos.read", PORT = "4000" } = process.env;
const discovery = await fetch(`${NINKA_ISSUER}/.well-known/openid-configuration`).then((r) => r.json());
const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));

// RFC 6750 §3: say why a request is refused, in WWW-Authenticate.
function refuse(res, status, error) {
  res.writeHead(status, {
    "www-authenticate": `Bearer error="${error}", scope="${API_SCOPE}"`,
    "content-type": "application/json",
  });
  res.end(JSON.stringify({ error }));
}

const server = createServer(async (req, res) => {
  const [scheme, token] = (req.headers.authorization ?? "").split(" ");
  if (scheme !== "Bearer" || !token) return refuse(res, 401, "invalid_request");
  let payload;
  try {
    ({ payload } = await jwtVerify(token, jwks, { issuer: discovery.issuer, audience: API_AUDIENCE, typ: "at+jwt" }));
  } catch {
    return refuse(res, 401, "invalid_token"); // bad signature, another issuer or audience, expired, not at+jwt
  }
  if (
    !String(payload.scope ?? "")
      .split(" ")
      .includes(API_SCOPE)
  )
    return refuse(res, 403, "insufficient_scope");
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ sub: payload.sub, client_id: payload.client_id, photos: ["sunrise.jpg", "harbour.jpg"] }));
});

server.listen(Number(PORT), "127.0.0.1", () => console.log(`Photos API on http://127.0.0.1:${server.address().port}`));

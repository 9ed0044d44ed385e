// Short programs that validate this API's access tokens, with its values filled in: signature
// against the JWKS, issuer, audience, typ at+jwt (RFC 9068 §4), expiry and one scope. Each uses
// the usual JOSE library of its language.
export type SnippetValues = { issuer: string; jwksUri: string; audience: string; scope: string };

export const validationSnippets = ({ issuer, jwksUri, audience, scope }: SnippetValues) => [
  {
    language: "Node.js (jose)",
    code: `import { createRemoteJWKSet, jwtVerify } from "jose";

const jwks = createRemoteJWKSet(new URL("${jwksUri}"));

export async function verify(token) {
  const { payload } = await jwtVerify(token, jwks, {
    issuer: "${issuer}",
    audience: "${audience}",
    typ: "at+jwt", // an access token, not an ID token
  }); // also checks the signature and exp
  if (!String(payload.scope ?? "").split(" ").includes("${scope}")) throw new Error("insufficient_scope");
  return payload; // payload.sub: the user (or the app, machine to machine)
}`,
  },
  {
    language: "Python (PyJWT)",
    code: `import jwt  # pip install "pyjwt[crypto]"

jwks = jwt.PyJWKClient("${jwksUri}")

def verify(token: str) -> dict:
    if jwt.get_unverified_header(token).get("typ") != "at+jwt":
        raise jwt.InvalidTokenError("not an access token")
    key = jwks.get_signing_key_from_jwt(token).key
    claims = jwt.decode(token, key, algorithms=["ES256", "RS256"],
                        issuer="${issuer}", audience="${audience}")
    if "${scope}" not in claims.get("scope", "").split():
        raise PermissionError("insufficient_scope")
    return claims  # claims["sub"]: the user (or the app, machine to machine)`,
  },
  {
    language: "Go (lestrrat-go/jwx)",
    code: `import (
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

const jwksURL = "${jwksUri}"

var keys = jwk.NewCache(context.Background())

func init() { keys.Register(jwksURL) }

func Verify(ctx context.Context, token string) (jwt.Token, error) {
	msg, err := jws.Parse([]byte(token))
	if err != nil || msg.Signatures()[0].ProtectedHeaders().Type() != "at+jwt" {
		return nil, errors.New("not an access token")
	}
	set, err := keys.Get(ctx, jwksURL)
	if err != nil {
		return nil, err
	}
	t, err := jwt.Parse([]byte(token), jwt.WithKeySet(set, jws.WithInferAlgorithmFromKey(true)),
		jwt.WithIssuer("${issuer}"), jwt.WithAudience("${audience}"))
	if err != nil {
		return nil, err
	}
	scope, _ := t.PrivateClaims()["scope"].(string)
	if !slices.Contains(strings.Fields(scope), "${scope}") {
		return nil, errors.New("insufficient_scope")
	}
	return t, nil // t.Subject(): the user (or the app, machine to machine)
}`,
  },
];

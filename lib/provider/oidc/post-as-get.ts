import { Readable } from "node:stream";
import type Provider from "oidc-provider";
import { isDomainError } from "@/lib/kernel/errors";
import { readLimitedText } from "@/lib/kernel/net/read-limited-text";
import { OIDC_ROUTES } from "./endpoints";

// OIDC Core 1.0 §3.1.2.1 and RP-Initiated Logout 1.0 §2: the authorization and end-session
// endpoints take a form POST as well as a GET. oidc-provider serves that POST only with its session
// cookie SameSite=None, which would send that cookie with every cross-site subrequest too. Ninka
// keeps it Lax and answers the POST with 303 See Other to the same endpoint, the form's parameters
// as the query: the browser follows with a top-level GET, which carries the Lax cookie, and the
// request is then the GET one with all its checks (ARCHITECTURE.md "POST at authorize and logout").
const POSTABLE: ReadonlySet<string> = new Set([OIDC_ROUTES.authorization, OIDC_ROUTES.end_session]);
// The parameters travel on in a URL: a form longer than one safely carries is refused (RFC 9126
// pushed authorization requests carry large ones).
const MAX_POSTED_FORM_BYTES = 8 * 1024;

export function installPostAsGet(provider: Provider): void {
  provider.use(async (ctx, next) => {
    if (ctx.method !== "POST" || !POSTABLE.has(ctx.path)) return next();
    const refuse = (status: number, description: string) => {
      ctx.status = status;
      ctx.body = { error: "invalid_request", error_description: description };
    };
    // OIDC Core 1.0 §3.1.2.1: form serialization only.
    if (!ctx.is("application/x-www-form-urlencoded"))
      return refuse(400, "POST the parameters as application/x-www-form-urlencoded.");
    let form: string;
    try {
      const body = Readable.toWeb(ctx.req) as ReadableStream<Uint8Array>;
      form = await readLimitedText(
        new Request("http://post-as-get.invalid", {
          method: "POST",
          headers: ctx.get("content-length") ? { "content-length": ctx.get("content-length") } : {},
          body,
          duplex: "half",
        } as RequestInit),
        MAX_POSTED_FORM_BYTES,
      );
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return refuse(error.code === "PAYLOAD_TOO_LARGE" ? 413 : 400, error.message);
    }
    // Relative to the endpoint itself, so the mount (/oauth) stays whatever server.ts made it.
    ctx.status = 303;
    ctx.set("location", `${ctx.path.split("/").pop()}?${new URLSearchParams(form)}`);
    ctx.set("cache-control", "no-store");
  });
}

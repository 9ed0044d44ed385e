import type Provider from "oidc-provider";
import type { KoaContextWithOIDC } from "oidc-provider";
import { renderPage } from "./render-page";

/**
 * A path under /oauth that oidc-provider does not serve answers a browser with a Ninka page saying
 * so, with a way home, instead of Koa's bare "Not Found". Programs (no Accept: text/html) get Koa's
 * answer as before, and every endpoint keeps its own RFC 6749 JSON errors: only an unmatched route
 * with nothing written is touched.
 */
export function installNotFoundPage(provider: Provider): void {
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.status !== 404 || ctx.body != null || ctx.oidc?.route) return;
    if (ctx.accepts("json", "html") !== "html") return;
    // renderPage writes only Koa's own fields; an unmatched route has no OIDC context.
    renderPage(
      ctx as KoaContextWithOIDC,
      "Page not found",
      `<p>There is nothing at this address. If an app sent you here, it may be misconfigured: go back to it and try again, or tell its developer.</p>
<div class="actions"><a class="button primary" href="/">Ninka home</a><a class="button" href="/docs">Read the docs</a></div>`,
    );
    ctx.status = 404;
  });
}

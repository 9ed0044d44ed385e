import type { KoaContextWithOIDC } from "oidc-provider";
import { escapeHtml, renderPage } from "./render-page";

// Errors oidc-provider cannot send back to the app (an unknown client, a redirect URI that is not
// registered, …) end here: never a redirect to an address Ninka cannot vouch for.
export async function renderError(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }) {
  renderPage(
    ctx,
    "This sign-in request cannot continue",
    `<div class="alert" role="alert">${escapeHtml(out.error_description ?? out.error)}</div>
<p>The app that sent you here may be misconfigured. Go back to it and try again, or tell its developer.</p>
<p>Error code: <code>${escapeHtml(out.error)}</code></p><div class="actions"><a class="button" href="/">Ninka home</a></div>`,
  );
}

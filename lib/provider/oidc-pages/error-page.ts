import type { KoaContextWithOIDC } from "oidc-provider";
import { systemActor } from "@/lib/kernel/actors/system-actor";
import { findSuspendedClientName } from "@/lib/portal/clients/find-suspended-client";
import { escapeHtml } from "@/lib/kernel/net/escape-html";
import { renderPage } from "./render-page";

// Errors oidc-provider cannot send back to the app (an unknown client, a redirect URI that is not
// registered, …) end here: never a redirect to an address Ninka cannot vouch for.
export async function renderError(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }) {
  // A suspended app is unknown to the provider (lib/portal/clients/find-provider-client.ts); say what happened.
  const suspended =
    out.error === "invalid_client"
      ? await findSuspendedClientName(systemActor("oidc-provider"), ctx.oidc?.params?.client_id).catch(() => null)
      : null;
  if (suspended) {
    renderPage(
      ctx,
      `${suspended} is suspended`,
      `<div class="alert" role="alert">The administrators of this Ninka suspended ${escapeHtml(suspended)}: it cannot sign anyone in for now. Nothing was shared with it.</div>
<p>If you use this app, contact its developer. Error code: <code>${escapeHtml(out.error)}</code></p><div class="actions"><a class="button" href="/">Ninka home</a></div>`,
    );
    return;
  }
  // As Google's redirect_uri_mismatch page does: the address the app sent, so its developer can
  // compare it with the registered ones (shown, never followed).
  const sent = out.error === "invalid_redirect_uri" ? ctx.oidc?.params?.redirect_uri : undefined;
  const sentLine =
    typeof sent === "string"
      ? `<p>The app asked to return to <code>${escapeHtml(sent.slice(0, 500))}</code>, which is not one of its registered redirect URIs.</p>`
      : "";
  renderPage(
    ctx,
    "This sign-in request cannot continue",
    `<div class="alert" role="alert">${escapeHtml(out.error_description ?? out.error)}</div>${sentLine}
<p>The app that sent you here may be misconfigured. Go back to it and try again, or tell its developer.</p>
<p>Error code: <code>${escapeHtml(out.error)}</code></p><div class="actions"><a class="button" href="/">Ninka home</a></div>`,
  );
}

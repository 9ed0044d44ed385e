import type { KoaContextWithOIDC } from "oidc-provider";
import { renderPage } from "./render-page";

// RP-initiated logout (OpenID Connect RP-Initiated Logout §2): with `auto` (the console's own
// sign-out, carrying a valid id_token_hint for the signed-in account) the browser signs out straight
// away; otherwise the person confirms, so a third party cannot end their Ninka session with a link.
export async function logoutSource(ctx: KoaContextWithOIDC, form: string, auto: boolean) {
  renderPage(
    ctx,
    auto ? "Signing you out…" : "Sign out of Ninka?",
    `${form}<p>${auto ? "One moment." : "You will be signed out of Ninka on this browser."}</p>
<div class="actions"><button class="primary" type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out</button>
${auto ? "" : '<button type="submit" form="op.logoutForm">Stay signed in</button>'}</div>`,
    { script: auto ? "document.querySelector('button[name=logout]').click()" : undefined },
  );
}

export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
  renderPage(
    ctx,
    "You are signed out",
    `<p>You have been signed out of Ninka.</p><div class="actions"><a class="button" href="/">Back to Ninka</a></div>`,
  );
}

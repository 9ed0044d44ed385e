import type { KoaContextWithOIDC } from "oidc-provider";
import { isFirstPartyClient } from "./console-client";

// The few pages oidc-provider renders itself (sign-out and errors under /oauth), in Ninka's look:
// plain HTML with inline styles, light and dark, since they are served outside Next.js.
const escape = (value: unknown) =>
  String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `:root{color-scheme:light dark}body{margin:0;min-height:100vh;display:grid;place-items:center;font:16px/1.5 system-ui,sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:26rem;margin:1.5rem;padding:2rem;border:1px solid #e2e8f0;border-radius:.5rem;background:#fff}
h1{margin:0 0 .5rem;font-size:1.5rem}p{color:#475569}a{color:#1f57d6}
button{font:inherit;font-weight:600;border-radius:.375rem;padding:.5rem 1rem;border:1px solid #cbd5e1;background:#fff;color:#0f172a;cursor:pointer;margin:.25rem .5rem 0 0}
button.primary{background:#1f57d6;border-color:#1f57d6;color:#fff}button:focus-visible,a:focus-visible{outline:2px solid #2f6fed;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}main{background:#0f172a;border-color:#1e293b}p{color:#cbd5e1}a{color:#d9eaff}button{background:#0f172a;color:#f1f5f9;border-color:#475569}}`;

function page(ctx: KoaContextWithOIDC, title: string, body: string, script = "") {
  ctx.type = "html";
  ctx.body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Ninka</title><style>${STYLE}</style></head><body><main><h1>${escape(title)}</h1>${body}</main>${script}</body></html>`;
}

// First-party clients (the console) sign out straight away; for other apps the person confirms,
// so a third party cannot end their Ninka session with a link.
export async function logoutSource(ctx: KoaContextWithOIDC, form: string) {
  const auto = isFirstPartyClient(ctx.oidc.client?.metadata());
  page(
    ctx,
    auto ? "Signing you out…" : "Sign out of Ninka?",
    `${form}<p>${auto ? "One moment." : "You will be signed out of Ninka on this browser."}</p>
<button class="primary" type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out</button>
${auto ? "" : '<button type="submit" form="op.logoutForm">Stay signed in</button>'}`,
    auto ? `<script>document.querySelector('button[name=logout]').click()</script>` : "",
  );
}

export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
  page(ctx, "You are signed out", `<p>You have been signed out of Ninka.</p><p><a href="/">Back to Ninka</a></p>`);
}

export async function renderError(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }) {
  page(
    ctx,
    "Something went wrong",
    `<p>${escape(out.error_description ?? out.error)}</p><p><code>${escape(out.error)}</code></p><p><a href="/">Back to Ninka</a></p>`,
  );
}

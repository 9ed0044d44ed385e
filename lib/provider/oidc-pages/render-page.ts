import type { KoaContextWithOIDC } from "oidc-provider";
import { escapeHtml } from "@/lib/kernel/net/escape-html";
import { contentSecurityPolicy, hashSource, securityContext } from "@/lib/kernel/net/security-headers";

// The few pages oidc-provider renders itself (sign-out, errors and the device flow under /oauth),
// in the look of Ninka's sign-in pages (components/sign-in/auth-page.tsx): plain HTML with inline
// styles, light and dark, since they are served outside Next.js.

// The font stacks are Tailwind's (the theme's --font-sans and --font-mono), so the text matches.
const SANS = `-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans",Arial,sans-serif`;
const MONO = `ui-monospace,SFMono-Regular,Menlo,Monaco,Consolas,"Liberation Mono","Courier New",monospace`;

const STYLE = `:root{color-scheme:light dark}*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;align-items:center;padding:2.5rem 1rem;font:16px/1.5 ${SANS};-webkit-font-smoothing:antialiased;background:#f8fafc;color:#0f172a}
.brand{margin-bottom:1.5rem;font-size:1.125rem;font-weight:700;letter-spacing:-.025em;color:#1f57d6;text-decoration:none}
main{width:100%;max-width:28rem;padding:1.5rem;border:1px solid #e2e8f0;border-radius:.5rem;background:#fff;box-shadow:0 1px 2px rgb(0 0 0/.05)}
h1{margin:0;font-size:1.5rem;line-height:2rem;font-weight:600;letter-spacing:-.025em}
.sub{margin:.25rem 0 0;font-size:.875rem;color:#475569}.content{margin-top:1.5rem}p{font-size:.875rem;color:#334155}a{color:#1f57d6}
label{display:block;margin-bottom:.25rem;font-size:.875rem;font-weight:500}
input[type=text]{width:100%;padding:.5rem .75rem;border:1px solid #cbd5e1;border-radius:.375rem;background:#fff;color:#0f172a;font:600 1.25rem/1.5 ${MONO};letter-spacing:.15em;text-align:center;text-transform:uppercase}
input[type=text]::placeholder{letter-spacing:normal;text-transform:none;font-weight:400;color:#64748b}
.code{display:block;margin:1rem 0;padding:.75rem;border:1px solid #cbd5e1;border-radius:.375rem;background:#f8fafc;font:600 1.5rem/1.5 ${MONO};letter-spacing:.15em;text-align:center}
.alert{margin:0 0 1rem;padding:.75rem 1rem;border:1px solid #fca5a5;border-radius:.375rem;background:#fef2f2;color:#7f1d1d;font-size:.875rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.5rem}.actions.end{justify-content:flex-end}
button,.button{display:inline-flex;align-items:center;justify-content:center;font-family:inherit;font-size:.875rem;line-height:1.25rem;font-weight:500;border-radius:.375rem;padding:.5rem 1rem;border:1px solid #cbd5e1;background:#fff;color:#0f172a;cursor:pointer;text-decoration:none}
button.primary,.button.primary{background:#1f57d6;border-color:#1f57d6;color:#fff}.wide{width:100%}
button:focus-visible,a:focus-visible,input:focus-visible{outline:2px solid #2f6fed;outline-offset:2px}
code{font-family:${MONO};font-size:.8125rem}
@media (min-width:640px){body{justify-content:center}main{padding:2rem}}@media (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}.brand{color:#d9eaff}main{background:#0f172a;border-color:#1e293b}
.sub{color:#94a3b8}p{color:#cbd5e1}a{color:#d9eaff}input[type=text]{background:#0f172a;color:#f1f5f9;border-color:#475569}input[type=text]::placeholder{color:#94a3b8}
.code{background:#020617;border-color:#475569}.alert{background:#450a0a;border-color:#991b1b;color:#fee2e2}
button,.button{background:#0f172a;color:#f1f5f9;border-color:#475569}button.primary,.button.primary{background:#1f57d6;border-color:#1f57d6;color:#fff}}`;

const STYLE_HASH = hashSource(STYLE);

/**
 * Renders one page in Ninka's look; `body` is trusted HTML (escape what it interpolates) and
 * `script` the JavaScript of one inline script. The page's CSP admits exactly its inline style
 * and script by their hashes (ARCHITECTURE.md "Security headers").
 */
export function renderPage(
  ctx: KoaContextWithOIDC,
  title: string,
  body: string,
  options: { subtitle?: string; script?: string } = {},
) {
  ctx.type = "html";
  const scriptHashes = options.script ? [hashSource(options.script)] : [];
  ctx.set(
    "Content-Security-Policy",
    contentSecurityPolicy(securityContext(), { styleHashes: [STYLE_HASH], scriptHashes }),
  );
  const subtitle = options.subtitle ? `<p class="sub">${escapeHtml(options.subtitle)}</p>` : "";
  ctx.body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Ninka</title><link rel="icon" href="/icon.svg" type="image/svg+xml"><style>${STYLE}</style></head><body><a class="brand" href="/">Ninka</a><main><h1>${escapeHtml(title)}</h1>${subtitle}<div class="content">${body}</div></main>${options.script ? `<script>${options.script}</script>` : ""}</body></html>`;
}

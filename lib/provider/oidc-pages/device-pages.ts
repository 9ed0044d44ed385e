import type { KoaContextWithOIDC } from "oidc-provider";
import { escapeHtml } from "@/lib/kernel/net/escape-html";
import { renderPage } from "./render-page";

// The device flow's pages (RFC 8628), which oidc-provider serves at /oauth/device with its own
// forms (they carry its CSRF token): Ninka's look and words around them. /device leads here, and
// the login and consent steps in between are Ninka's usual interaction pages.

type DeviceError = { name?: string; userCode?: string } | undefined;

function inputMessage(err: DeviceError): string {
  if (!err) return "";
  const text =
    err.userCode || err.name === "NoCodeError"
      ? "That code is not valid or has expired. Check the code on your device and try again."
      : err.name === "AbortedError"
        ? "The sign-in was cancelled. Your device has not been connected."
        : "Something went wrong. Start again on your device.";
  return `<div class="alert" role="alert">${escapeHtml(text)}</div>`;
}

// oidc-provider's input selects a prefilled code on focus with an inline onfocus handler, which the
// page's CSP (no inline handlers) refuses: the same, from the page's one hashed script.
const SELECT_ON_FOCUS =
  "document.getElementById('user_code').addEventListener('focus',function(e){e.target.select()},{once:true})";

export async function userCodeInputSource(ctx: KoaContextWithOIDC, form: string, _out?: unknown, err?: DeviceError) {
  // oidc-provider's input has no label; give it one (and a hint) for screen readers.
  const labelled = form
    .replace('name="user_code"', 'name="user_code" id="user_code" aria-describedby="user_code-hint" maxlength="12"')
    .replace(/\son[a-z]+="[^"]*"/g, "");
  renderPage(
    ctx,
    "Connect a device",
    `${inputMessage(err)}<label for="user_code">Code</label>${labelled}
<p id="user_code-hint">Enter the code shown on your TV or device. Dashes and capitals do not matter.</p>
<button class="primary wide" type="submit" form="op.deviceInputForm">Continue</button>`,
    { subtitle: "Sign in to an app on a TV, console or other device.", script: SELECT_ON_FOCUS },
  );
}

export async function userCodeConfirmSource(
  ctx: KoaContextWithOIDC,
  form: string,
  client: { clientName?: string; clientId: string },
  _deviceInfo: unknown,
  userCode: string,
) {
  const name = escapeHtml(client.clientName ?? client.clientId);
  renderPage(
    ctx,
    `Connect ${client.clientName ?? client.clientId}?`,
    `${form}<p>Check that your device shows this code:</p><span class="code" aria-label="Code">${escapeHtml(userCode)}</span>
<p>Only continue if you started signing in to <strong>${name}</strong> on a device of your own. If the code does not match, cancel.</p>
<div class="actions end"><button type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Cancel</button>
<button class="primary" type="submit" form="op.deviceConfirmForm" autofocus>Continue</button></div>`,
  );
}

export async function successSource(ctx: KoaContextWithOIDC) {
  const name = ctx.oidc.client?.clientName ?? "the app";
  renderPage(
    ctx,
    "Your device is connected",
    `<p>${escapeHtml(name)} is now signed in on your device. You can close this page.</p>
<p>You can remove its access at any time in <a href="/account/apps">Connected apps</a>.</p>`,
  );
}

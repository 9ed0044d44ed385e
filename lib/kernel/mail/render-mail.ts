import { escapeHtml } from "@/lib/kernel/net/escape-html";

// Every mail Ninka sends has one shape: a greeting line, a paragraph, one action link spelled out
// in full (it works in any mail client, and the person can see where it goes), and a footer.
// `brand`: what the instance is called (its name setting, lib/accounts/settings/instance-name.ts).
export type MailContent = {
  subject: string;
  intro: string;
  action?: { label: string; url: string };
  outro?: string;
  brand?: string;
};

const footer = (brand: string) =>
  `${brand} — your sign-in service. If you did not ask for this, you can ignore this email.`;

/** The plain-text and the simple HTML body of `mail`. */
export function renderMail(mail: MailContent): { text: string; html: string } {
  const brand = mail.brand ?? "Ninka";
  const text = [
    mail.intro,
    mail.action ? `${mail.action.label}:\n${mail.action.url}` : "",
    mail.outro ?? "",
    "--",
    footer(brand),
  ]
    .filter(Boolean)
    .join("\n\n");
  const link = mail.action
    ? `<p><a href="${escapeHtml(mail.action.url)}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(mail.action.label)}</a></p>
<p style="font-size:13px;color:#475569">Or open this link: <br><a href="${escapeHtml(mail.action.url)}">${escapeHtml(mail.action.url)}</a></p>`
    : "";
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:0 auto;padding:24px">
<p style="font-weight:700;font-size:18px;color:#4f46e5">${escapeHtml(brand)}</p>
<p>${escapeHtml(mail.intro)}</p>
${link}
${mail.outro ? `<p>${escapeHtml(mail.outro)}</p>` : ""}
<hr style="border:none;border-top:1px solid #e2e8f0"><p style="font-size:12px;color:#64748b">${escapeHtml(footer(brand))}</p>
</body></html>`;
  return { text, html };
}

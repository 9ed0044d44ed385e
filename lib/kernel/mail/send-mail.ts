import "server-only";
import { rootCertificates } from "node:tls";
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import { getConfig } from "@/lib/kernel/config/get-config";
import { DomainError } from "@/lib/kernel/errors";
import { describeError, log } from "@/lib/kernel/log";
import { renderMail, type MailContent } from "./render-mail";

// Outbound email through NINKA_SMTP_URL (nodemailer). Without it — allowed only on a loopback
// NINKA_URL (parse-config.ts) — each mail, link included, is written to the server log so local
// development needs no mail server. ARCHITECTURE.md "Accounts and email".
export type Mail = MailContent & { to: string };

export type Mailer = { send(mail: Mail): Promise<void> };

const store = globalThis as unknown as { __ninkaMailer?: Mailer };

const mailFrom = () => {
  const config = getConfig();
  return config.NINKA_MAIL_FROM ?? `Ninka <no-reply@${new URL(config.NINKA_URL).hostname}>`;
};

const mailNotSent = () =>
  new DomainError("MAIL_UNAVAILABLE", "We could not send the email just now. Please try again in a moment.");

// smtp:// means STARTTLS (README): nodemailer would otherwise send in clear to a server that does
// not offer it, reset links included. requireTLS is applied after the URL's own options so a query
// string cannot turn it off. `ca` (NINKA_OUTBOUND_CA_FILE, tests only) is trusted besides Node's roots.
function transportOptions(smtpUrl: string, ca: string | undefined) {
  const options = parseConnectionUrl(smtpUrl);
  return {
    ...options,
    ...(options.secure ? {} : { requireTLS: true, ignoreTLS: false }),
    tls: { ...options.tls, ...(ca ? { ca: [...rootCertificates, ca] } : {}) },
  };
}

/** A mailer over `smtpUrl`, or over the log when there is none. */
export function createMailer(smtpUrl: string | null | undefined, from: string, options: { ca?: string } = {}): Mailer {
  const transport: Transporter | null = smtpUrl
    ? nodemailer.createTransport(transportOptions(smtpUrl, options.ca))
    : null;
  return {
    async send(mail) {
      const { text, html } = renderMail(mail);
      if (!transport) {
        // Development only (loopback NINKA_URL): the log is the mailbox.
        log.info("Mail (no NINKA_SMTP_URL: written here instead of sent)", {
          to: mail.to,
          subject: mail.subject,
          body: text,
        });
        return;
      }
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text, html });
      } catch (error) {
        log.error("Mail could not be sent", { subject: mail.subject, error: describeError(error) });
        throw mailNotSent();
      }
    },
  };
}

/** Sends `mail`; throws DomainError MAIL_UNAVAILABLE when the mail server refuses or cannot be reached. */
export function sendMail(mail: Mail): Promise<void> {
  const config = getConfig();
  store.__ninkaMailer ??= createMailer(config.NINKA_SMTP_URL, mailFrom(), { ca: config.outboundCa });
  return store.__ninkaMailer.send(mail);
}

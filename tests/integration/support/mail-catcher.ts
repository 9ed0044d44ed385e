import { SMTPServer } from "smtp-server";
import { testCertificate } from "./test-certificate";

// A real SMTP listener on a free port for the tests: keeps every message it receives (raw RFC 5322
// text). It offers STARTTLS with a test certificate (support/test-certificate.ts) whose CA Ninka
// trusts through `env.NINKA_OUTBOUND_CA_FILE`; `starttls: false` makes a server without it (Ninka
// must then send nothing). `refuse` makes it answer every message with a permanent error.
export type CaughtMail = { to: string[]; raw: string; overTls: boolean };

export async function startMailCatcher(options: { refuse?: boolean; starttls?: boolean } = {}) {
  const starttls = options.starttls ?? true;
  const certificate = await testCertificate();
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    ...(starttls ? { key: certificate.key, cert: certificate.cert } : { disabledCommands: ["STARTTLS"] }),
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        if (options.refuse) return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, overTls: session.secure });
        callback();
      });
    },
  });
  // A client that gives up mid-handshake (e.g. Ninka refusing the certificate) is not a test failure.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  const url = `smtp://127.0.0.1:${port}`;
  return {
    url,
    /** CA file Ninka needs to trust this listener's certificate. */
    caFile: certificate.caFile,
    caPem: certificate.caPem,
    /** The environment of a Ninka process that sends its mail here. */
    env: { NINKA_SMTP_URL: url, NINKA_OUTBOUND_CA_FILE: certificate.caFile },
    mails,
    /** The newest mail to `address`, waiting up to 5 s for it. */
    async waitFor(address: string): Promise<CaughtMail> {
      for (let i = 0; i < 50; i++) {
        const found = mails.filter((m) => m.to.includes(address)).at(-1);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`No mail to ${address}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailCatcher = Awaited<ReturnType<typeof startMailCatcher>>;

/** The first http(s) link in a mail's plain-text part (quoted-printable soft breaks undone). */
export const linkIn = (mail: CaughtMail): string => {
  const text = mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  return text.match(/https?:\/\/[^\s"<>]+/)![0];
};

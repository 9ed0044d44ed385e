import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/kernel/errors";
import { createMailer } from "@/lib/kernel/mail/send-mail";
import { linkIn, startMailCatcher, type MailCatcher } from "./support/mail-catcher";

const FROM = "Ninka <no-reply@localhost>";
const mailUnavailable = (error: unknown) => error instanceof DomainError && error.code === "MAIL_UNAVAILABLE";

describe("outbound email", () => {
  let catcher: MailCatcher;
  let refusing: MailCatcher;
  let plaintextOnly: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    refusing = await startMailCatcher({ refuse: true });
    plaintextOnly = await startMailCatcher({ starttls: false });
  });
  afterAll(async () => {
    await catcher?.close();
    await refusing?.close();
    await plaintextOnly?.close();
  });

  it("sends a branded plain-text + HTML mail with the link spelled out, over STARTTLS", async () => {
    const url = "http://localhost:3000/verify-email?token=abc";
    await createMailer(catcher.url, FROM, { ca: catcher.caPem }).send({
      to: "ada@example.test",
      subject: "Verify",
      intro: "Hello.",
      action: { label: "Verify your email", url },
    });
    const mail = await catcher.waitFor("ada@example.test");
    expect(mail.overTls).toBe(true);
    expect(mail.raw).toContain("text/plain");
    expect(mail.raw).toContain("text/html");
    expect(mail.raw).toContain("Ninka");
    expect(linkIn(mail)).toBe(url);
  });

  it("a refused or unreachable mail server is a MAIL_UNAVAILABLE error the user can retry after", async () => {
    const mail = { to: "bob@example.test", subject: "Verify", intro: "Hello." };
    for (const url of [refusing.url, "smtp://127.0.0.1:9"]) {
      const error = await createMailer(url, FROM, { ca: catcher.caPem })
        .send(mail)
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(mailUnavailable(error)).toBe(true);
    }
  });

  it("smtp:// requires STARTTLS: a server without it receives nothing, not the link in clear", async () => {
    const mail = {
      to: "eve@example.test",
      subject: "Reset",
      intro: "Hello.",
      action: { label: "Reset", url: "http://localhost:3000/reset-password?token=secret-link" },
    };
    const error = await createMailer(plaintextOnly.url, FROM, { ca: catcher.caPem })
      .send(mail)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(mailUnavailable(error)).toBe(true);
    expect(plaintextOnly.mails).toHaveLength(0);
  });

  it("smtp:// refuses a certificate no trusted CA signed", async () => {
    const error = await createMailer(catcher.url, FROM)
      .send({ to: "mallory@example.test", subject: "Verify", intro: "Hello." })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(mailUnavailable(error)).toBe(true);
    expect(catcher.mails.filter((m) => m.to.includes("mallory@example.test"))).toHaveLength(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { createMailer } from "@/lib/mail/send-mail";
import { linkIn, startMailCatcher } from "./support/mail-catcher";

describe("outbound email", () => {
  let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
  let refusing: Awaited<ReturnType<typeof startMailCatcher>>;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    refusing = await startMailCatcher({ refuse: true });
  });
  afterAll(async () => {
    await catcher?.close();
    await refusing?.close();
  });

  it("sends a branded plain-text + HTML mail with the link spelled out", async () => {
    const url = "http://localhost:3000/verify-email?token=abc";
    await createMailer(catcher.url, "Ninka <no-reply@localhost>").send({ to: "ada@example.test", subject: "Verify", intro: "Hello.", action: { label: "Verify your email", url } });
    const mail = await catcher.waitFor("ada@example.test");
    expect(mail.raw).toContain("text/plain");
    expect(mail.raw).toContain("text/html");
    expect(mail.raw).toContain("Ninka");
    expect(linkIn(mail)).toBe(url);
  });

  it("a refused or unreachable mail server is a MAIL_UNAVAILABLE error the user can retry after", async () => {
    const mail = { to: "bob@example.test", subject: "Verify", intro: "Hello." };
    for (const url of [refusing.url, "smtp://127.0.0.1:9"]) {
      const error = await createMailer(url, "Ninka <no-reply@localhost>").send(mail).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("MAIL_UNAVAILABLE");
    }
  });
});

import { afterAll, beforeAll } from "vitest";
import { startMailCatcher, type MailCatcher } from "./mail-catcher";

const state = globalThis as Record<string, unknown>;

/**
 * Points this process's mail (lib/kernel/mail) at `catcher` (its URL and the CA of its STARTTLS
 * certificate), or at a bare `smtp://` URL, or back to none; drops the cached configuration and mailer.
 */
export function sendMailTo(catcher: Pick<MailCatcher, "env"> | string | undefined) {
  const env = typeof catcher === "string" ? { NINKA_SMTP_URL: catcher } : catcher?.env;
  delete process.env.NINKA_SMTP_URL;
  delete process.env.NINKA_OUTBOUND_CA_FILE;
  Object.assign(process.env, env);
  delete state.__ninkaConfig;
  delete state.__ninkaMailer;
}

/**
 * A real SMTP listener for this test file, and the in-process lib/ code sending to it. Start the
 * file's server processes after it (in a later beforeAll) with catcher().env in their environment.
 */
export function useMailCatcher() {
  let catcher: MailCatcher | undefined;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    sendMailTo(catcher);
  });
  afterAll(async () => {
    sendMailTo(undefined);
    await catcher?.close();
  });
  return () => {
    if (!catcher) throw new Error("useMailCatcher: not started (use inside tests)");
    return catcher;
  };
}

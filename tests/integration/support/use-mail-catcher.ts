import { afterAll, beforeAll } from "vitest";
import { startMailCatcher } from "./mail-catcher";

const state = globalThis as Record<string, unknown>;

/** Points this process's mail (lib/mail) at `url`, dropping the cached configuration and mailer. */
export function sendMailTo(url: string | undefined) {
  if (url) process.env.NINKA_SMTP_URL = url;
  else delete process.env.NINKA_SMTP_URL;
  delete state.__ninkaConfig;
  delete state.__ninkaMailer;
}

/**
 * A real SMTP listener for this test file, and the in-process lib/ code sending to it. Start the
 * file's server processes after it (in a later beforeAll) with NINKA_SMTP_URL = catcher().url.
 */
export function useMailCatcher() {
  let catcher: Awaited<ReturnType<typeof startMailCatcher>> | undefined;
  beforeAll(async () => {
    catcher = await startMailCatcher();
    sendMailTo(catcher.url);
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

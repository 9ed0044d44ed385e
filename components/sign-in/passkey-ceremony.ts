import { startAuthentication } from "@simplewebauthn/browser";

type Outcome = { location: string } | { error: string } | { cancelled: true };

const problemDetail = async (response: Response) => {
  const body = (await response.json().catch(() => null)) as { detail?: string } | null;
  return body?.detail ?? "That passkey was not accepted. Try again.";
};

/**
 * One WebAuthn assertion against `base` (an interaction path with `options` and `verify` JSON
 * routes, ARCHITECTURE.md "Passkeys"): options from the server, the browser's prompt (or its
 * autofill, conditional mediation), the assertion back; returns where to go next.
 */
export async function passkeyCeremony(base: string, autofill = false): Promise<Outcome> {
  const post = (path: string, body?: unknown) =>
    fetch(`${base}/${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body ?? {}),
    });
  const options = await post("options");
  if (!options.ok) return { error: await problemDetail(options) };
  let assertion;
  try {
    assertion = await startAuthentication({ optionsJSON: await options.json(), useBrowserAutofill: autofill });
  } catch {
    return { cancelled: true }; // dismissed, timed out, or aborted by a newer ceremony
  }
  const verified = await post("verify", assertion);
  if (!verified.ok) return { error: await problemDetail(verified) };
  return (await verified.json()) as { location: string };
}

import { CookieJar } from "./cookie-jar";
import { expectStatus, form, FORM, parseJson } from "./http";
import { follow, type Account } from "./oauth-flow";

// Signs `account` in to the console the way a browser does ("Sign in with Ninka": next-auth's
// sign-in, Ninka's login page, next-auth's callback) and returns the Cookie header for /console.
export async function signInToConsole(origin: string, account: Account): Promise<string> {
  const jar = new CookieJar();
  const { csrfToken } = parseJson<{ csrfToken: string }>(
    expectStatus(await jar.send(`${origin}/api/auth/csrf`), 200, "next-auth csrf"),
    "csrf",
  );
  const signIn = await jar.send(`${origin}/api/auth/signin/ninka`, {
    method: "POST",
    headers: { "content-type": FORM },
    body: form({ csrfToken, callbackUrl: `${origin}/console` }),
  });
  const authorize = signIn.headers.location;
  if (signIn.status !== 302 || !authorize)
    throw new Error(`console sign-in: expected a redirect to Ninka, got ${signIn.status}`);
  const callback = `${origin}/api/auth/callback/ninka`;
  const { location } = await follow(jar, new URL(authorize, origin), callback, account);
  const landed = await jar.send(location);
  if (landed.status !== 302 || !landed.headers.location?.endsWith("/console")) {
    throw new Error(
      `console sign-in: callback answered ${landed.status} ${landed.headers.location ?? landed.body.slice(0, 200)}`,
    );
  }
  return jar.header("/console");
}

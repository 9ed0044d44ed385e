import { expect } from "vitest";
import type { Browser, Page } from "./browser";

// The developer console in a test Browser: next-auth's "Sign in with Ninka" (CSRF token, sign-in
// POST, Ninka's login page, next-auth's callback), so the browser holds a console session bound to
// its Ninka session, as a real browser does.
export async function signInToConsole(
  browser: Browser,
  account: { email: string; password: string },
  params: Record<string, string> = {},
): Promise<Page> {
  const { csrfToken } = (await (await browser.request("/api/auth/csrf")).json()) as { csrfToken: string };
  const query = new URLSearchParams(params);
  const start = await browser.request(`/api/auth/signin/ninka${query.size ? `?${query}` : ""}`, {
    form: { csrfToken, callbackUrl: `${browser.origin}/console`, json: "true" },
  });
  const { url } = (await start.json()) as { url: string };
  let page = await browser.visit(url);
  if (page.html.includes('/login"'))
    page = await browser.submit(page, "/login", { email: account.email, password: account.password });
  expect(page.url, page.html.slice(0, 500)).toMatch(/\/console$/);
  return page;
}

/** Whether this browser's console session still opens /console (else it is sent to sign in). */
export async function consoleOpens(browser: Browser): Promise<boolean> {
  const page = await browser.visit("/console");
  return page.status === 200 && new URL(page.url).pathname === "/console";
}

/** The status of a REST call made with this browser's console cookie from the console's own page. */
export async function restStatusByCookie(browser: Browser, ninkaUrl: string, path = "/clients"): Promise<number> {
  const response = await fetch(`${browser.origin}${path}`, {
    headers: { cookie: browser.cookieHeader(path), origin: ninkaUrl },
  });
  return response.status;
}

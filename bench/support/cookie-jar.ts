import { request, type HttpInit, type HttpResponse } from "./http";

// One browser's cookies, by name and path (oidc-provider scopes its interaction and resume cookies
// to paths), with expiry honoured only for deletions: a benchmark run is shorter than any lifetime.
type Cookie = { name: string; value: string; path: string };

export class CookieJar {
  private readonly cookies = new Map<string, Cookie>();

  /** One request with this jar's cookies; stores what the response sets. No redirects followed. */
  async send(url: string | URL, init: HttpInit = {}): Promise<HttpResponse> {
    const target = typeof url === "string" ? new URL(url) : url;
    const cookie = this.header(target.pathname);
    const response = await request(target, { ...init, headers: { ...init.headers, ...(cookie && { cookie }) } });
    for (const line of response.headers["set-cookie"] ?? []) this.store(line);
    return response;
  }

  header(path: string): string {
    return [...this.cookies.values()]
      .filter((c) => path === c.path || path.startsWith(c.path.endsWith("/") ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  }

  private store(line: string) {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const name = pair.slice(0, pair.indexOf("="));
    const value = pair.slice(pair.indexOf("=") + 1);
    const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) || "/";
    const maxAge = attributes.find((a) => /^max-age=/i.test(a));
    const expires = attributes.find((a) => /^expires=/i.test(a));
    const gone =
      (maxAge && Number(maxAge.slice(8)) <= 0) ||
      (expires && new Date(expires.slice(8)).getTime() < Date.now()) ||
      value === "";
    if (gone) this.cookies.delete(`${name}|${path}`);
    else this.cookies.set(`${name}|${path}`, { name, value, path });
  }
}

// A tiny browser for driving Ninka's own pages over HTTP: a cookie jar (by name and path, as the
// interaction cookies are path-scoped), redirects followed by hand within the server, and HTML
// forms posted the way a browser posts them. The third-party app's side is openid-client's.
type Cookie = { name: string; value: string; path: string };
export type Page = { url: string; status: number; html: string };

export class Browser {
  /** `headers` go on every request (e.g. a proxy's X-Forwarded-For, or a header a client forges). */
  constructor(
    readonly origin: string,
    private readonly headers: Record<string, string> = {},
    private readonly cookies = new Map<string, Cookie>(),
  ) {}

  /** The same browser (same cookies) talking to another server process, e.g. behind one load balancer. */
  at(origin: string): Browser {
    return new Browser(origin, this.headers, this.cookies);
  }

  /** One request, no redirects followed; stores the cookies it sets. */
  async request(
    url: string,
    init: { method?: string; form?: Record<string, string>; json?: unknown } = {},
  ): Promise<Response> {
    const target = new URL(url, this.origin);
    const headers: Record<string, string> = { ...this.headers, cookie: this.cookieHeader(target.pathname) };
    if (init.form) headers["content-type"] = "application/x-www-form-urlencoded";
    if (init.json !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(target, {
      method: init.method ?? (init.form || init.json !== undefined ? "POST" : "GET"),
      headers,
      body: init.form
        ? new URLSearchParams(init.form).toString()
        : init.json !== undefined
          ? JSON.stringify(init.json)
          : undefined,
      redirect: "manual",
    });
    for (const line of response.headers.getSetCookie()) this.store(line);
    return response;
  }

  /**
   * Requests `url` and follows redirects while they stay on the server; returns the page reached,
   * or the address outside the server (the app's redirect URI) as `url` with status 0.
   */
  async visit(url: string, init: { form?: Record<string, string> } = {}): Promise<Page> {
    let response = await this.request(url, init);
    let current = new URL(url, this.origin).href;
    for (let hops = 0; response.status >= 300 && response.status < 400; hops++) {
      if (hops > 10) throw new Error(`Too many redirects from ${url}`);
      current = new URL(response.headers.get("location")!, current).href;
      if (!current.startsWith(this.origin)) return { url: current, status: 0, html: "" };
      response = await this.request(current);
    }
    return { url: current, status: response.status, html: await response.text() };
  }

  /** Submits the form of `page` whose action contains `action`, with its hidden fields plus `fields`. */
  async submit(page: Page, action: string, fields: Record<string, string> = {}): Promise<Page> {
    const form = [...page.html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)]
      .map((m) => m[0])
      .find((f) => attr(f, "action")?.includes(action));
    if (!form) throw new Error(`No form posting to ${action} on ${page.url}:\n${page.html.slice(0, 2000)}`);
    const hidden = Object.fromEntries(
      [...form.matchAll(/<input\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((i) => attr(i, "type") === "hidden")
        .map((i) => [attr(i, "name")!, decode(attr(i, "value") ?? "")]),
    );
    return this.visit(new URL(decode(attr(form, "action")!), page.url).href, { form: { ...hidden, ...fields } });
  }

  /** The Cookie header this browser sends to `path`. */
  cookieHeader(path: string): string {
    return [...this.cookies.values()]
      .filter((c) => path === c.path || path.startsWith(c.path.endsWith("/") ? c.path : `${c.path}/`))
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
  }

  private store(line: string) {
    const [pair, ...attributes] = line.split(";").map((part) => part.trim());
    const name = pair!.slice(0, pair!.indexOf("="));
    const value = pair!.slice(pair!.indexOf("=") + 1);
    const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) || "/";
    const expires = attributes.find((a) => /^expires=/i.test(a));
    const maxAge = attributes.find((a) => /^max-age=/i.test(a));
    const gone =
      (maxAge && Number(maxAge.slice(8)) <= 0) || (expires && new Date(expires.slice(8)).getTime() < Date.now());
    if (gone) this.cookies.delete(`${name}|${path}`);
    else this.cookies.set(`${name}|${path}`, { name, value, path });
  }
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
const decode = (html: string) =>
  html
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

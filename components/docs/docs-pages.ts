// The documentation pages: each page's title (its metadata) and the side navigation's words, once.
export const DOCS_PAGES = {
  gettingStarted: { href: "/docs", title: "Getting started" },
  protectYourApi: { href: "/docs/protect-your-api", title: "Protect your API" },
  connectAnMcpServer: { href: "/docs/connect-an-mcp-server", title: "Connect an MCP server" },
  signInConnections: {
    href: "/docs/sign-in-connections",
    title: "Sign in with another identity provider",
    nav: "Sign-in connections",
  },
  restApi: { href: "/docs/api", title: "REST API" },
} as const;

/** The side navigation: every page, then the machine-readable description of the REST API. */
export const DOCS_NAV = [
  ...Object.values(DOCS_PAGES).map((page) => ({ href: page.href, label: "nav" in page ? page.nav : page.title })),
  { href: "/openapi.json", label: "OpenAPI document" },
];

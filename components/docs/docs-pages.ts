import { CONNECTION_PRESETS, PRESET_NAMES, type ConnectionPreset } from "@/lib/accounts/connections/presets";

// The documentation pages: each page's title (its metadata) and the side navigation's words, once.
export const DOCS_PAGES = {
  gettingStarted: { href: "/docs", title: "Getting started" },
  protectYourApi: { href: "/docs/protect-your-api", title: "Protect your API" },
  connectAnMcpServer: { href: "/docs/connect-an-mcp-server", title: "Connect an MCP server" },
  teams: { href: "/docs/teams", title: "Work in a team" },
  signInConnections: {
    href: "/docs/sign-in-connections",
    title: "Sign in with another identity provider",
    nav: "Sign-in connections",
  },
  restApi: { href: "/docs/api", title: "REST API" },
} as const;

/** The page on connecting one kind of identity provider (its words: connection-preset-guides.tsx). */
export const connectionGuideHref = (preset: ConnectionPreset) => `${DOCS_PAGES.signInConnections.href}/${preset}`;

type NavItem = { href: string; label: string; children?: NavItem[] };

/**
 * The side navigation: every page (under Sign-in connections, a page per kind of provider), then
 * the machine-readable description of the REST API.
 */
export const DOCS_NAV: NavItem[] = [
  ...Object.values(DOCS_PAGES).map((page) => ({
    href: page.href,
    label: "nav" in page ? page.nav : page.title,
    ...(page.href === DOCS_PAGES.signInConnections.href && {
      children: PRESET_NAMES.map((preset) => ({
        href: connectionGuideHref(preset),
        label: CONNECTION_PRESETS[preset].label,
      })),
    }),
  })),
  { href: "/openapi.json", label: "OpenAPI document" },
];

// Who may register an app through RFC 7591's registration endpoint (ARCHITECTURE.md "Dynamic
// registration"). This list is the one source for the admin form, the CLI and the provider.
export const DCR_MODES = {
  off: { label: "Off", description: "Apps are registered only in the console or through the REST API." },
  token: {
    label: "With an initial access token",
    description: "An app registers itself with a token a developer created; it then belongs to that developer.",
  },
  open: {
    label: "Open",
    description:
      "Any app may register itself without a token. It belongs to no developer, registrations are capped per address and in total, and an app that gets no token for a while is deleted.",
  },
} as const;
export type DcrMode = keyof typeof DCR_MODES;
export const DCR_MODE_NAMES = Object.keys(DCR_MODES) as [DcrMode, ...DcrMode[]];

// When an app may present a client ID metadata document (ARCHITECTURE.md "Dynamic registration"):
// the one list for the admin form, the CLI and the setting's schema.
export const CLIENT_ID_DOCUMENT_MODES = {
  auto: { label: "With dynamic registration", description: "On while apps may register themselves." },
  on: { label: "On", description: "Apps may identify themselves with a document URL." },
  off: { label: "Off", description: "A client_id must be an app registered with Ninka." },
} as const;
type Mode = keyof typeof CLIENT_ID_DOCUMENT_MODES;
export const CLIENT_ID_DOCUMENT_MODE_NAMES = Object.keys(CLIENT_ID_DOCUMENT_MODES) as [Mode, ...Mode[]];
export const MAX_DOCUMENT_HOSTS = 50;

// The one HTML escaper for the markup Ninka writes by hand outside React (oidc-provider's pages,
// mail bodies): text and attribute values alike, so all five characters that can end either.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

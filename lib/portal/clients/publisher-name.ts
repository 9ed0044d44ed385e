// Mail providers anyone can sign up with: their domain says nothing about who built an app.
const SHARED_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.net",
  "gmx.de",
  "mail.com",
  "yandex.com",
]);

/** An app registered under the `open` policy has no owner (ARCHITECTURE.md "Dynamic registration"). */
const NO_PUBLISHER = "no one (it registered itself)";

type Person = { email: string; name: string; emailVerifiedAt: Date | null };

/**
 * Who the consent screen says developed an app or API: its team's name when a team owns it
 * (ARCHITECTURE.md "Teams"), else its owner's email domain (an organisation the
 * person can recognise) once the owner has verified that address, else the owner's name — an
 * unverified `security@paypal.com` must not make consent say "Developed by paypal.com".
 * A public mail provider's domain never names a developer; an app without an owner has none.
 */
export function publisherName(owner: Person | null, team?: { name: string } | null): string {
  if (team) return team.name;
  if (!owner) return NO_PUBLISHER;
  const domain = owner.email.slice(owner.email.lastIndexOf("@") + 1).toLowerCase();
  return owner.emailVerifiedAt && domain && !SHARED_MAIL_DOMAINS.has(domain) ? domain : owner.name;
}

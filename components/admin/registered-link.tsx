import Link from "next/link";
import { DetailItem } from "@/components/ui/detail-item";

/** A link in an administrator's details: long addresses break anywhere rather than widen a phone's page. */
export const adminLinkClass = "break-all text-brand-700 underline underline-offset-2 dark:text-brand-100";

/**
 * A link an app's developer registered (homepage, privacy policy, logo), as an administrator opens
 * it: whole, in a new tab, without a referrer; "Not given" without one.
 */
function RegisteredLink({ href }: { href: string | null }) {
  if (!href) return <>Not given</>;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" className={adminLinkClass}>
      {href}
    </a>
  );
}

/** The links a developer registered for the consent screen, as items of a details list (a `<dl>`). */
export function RegisteredLinkItems({
  app,
}: {
  app: { clientUri: string | null; policyUri: string | null; tosUri: string | null; logoUri: string | null };
}) {
  return (
    <>
      <DetailItem label="Homepage">
        <RegisteredLink href={app.clientUri} />
      </DetailItem>
      <DetailItem label="Privacy policy">
        <RegisteredLink href={app.policyUri} />
      </DetailItem>
      <DetailItem label="Terms of service">
        <RegisteredLink href={app.tosUri} />
      </DetailItem>
      <DetailItem label="Logo">
        {app.logoUri ? <RegisteredLink href={app.logoUri} /> : "None: its initial shows"}
      </DetailItem>
    </>
  );
}

/** An app owner's name (to their admin page) and address, truncated on a phone with the whole on hover. */
export function OwnerItem({ owner, label }: { owner: { id: string; name: string; email: string }; label: string }) {
  return (
    <DetailItem label={label}>
      <Link href={`/admin/users/${encodeURIComponent(owner.id)}`} className={adminLinkClass}>
        {owner.name}
      </Link>
      <span className="block truncate text-slate-600 dark:text-slate-400" title={owner.email}>
        {owner.email}
      </span>
    </DetailItem>
  );
}

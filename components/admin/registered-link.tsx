/**
 * A link an app's developer registered (homepage, privacy policy, logo), as an administrator opens
 * it: whole, in a new tab, without a referrer; "Not given" without one.
 */
export function RegisteredLink({ href }: { href: string | null }) {
  if (!href) return <>Not given</>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer noopener"
      className="break-all text-brand-700 underline underline-offset-2 dark:text-brand-100"
    >
      {href}
    </a>
  );
}

/**
 * An app's logo (its registered https logo_uri) or, without one, its initial on a tile. The image
 * is fetched without a Referer, so the logo's host does not learn the sign-in page's address.
 */
export function AppLogo({
  name,
  logoUri,
  size = "md",
}: {
  name: string;
  logoUri: string | null | undefined;
  size?: "md" | "lg";
}) {
  const box = size === "lg" ? "size-14 text-2xl" : "size-10 text-lg";
  if (logoUri) {
    return (
      // next/image needs every logo host listed in advance; registered logos can be on any host.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={logoUri}
        alt=""
        referrerPolicy="no-referrer"
        className={`${box} shrink-0 rounded-lg border border-slate-200 bg-white object-contain dark:border-slate-700`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${box} inline-flex shrink-0 items-center justify-center rounded-lg bg-brand-50 font-semibold text-brand-700 ring-1 ring-brand-100 ring-inset dark:bg-slate-800 dark:text-brand-100 dark:ring-slate-700`}
    >
      {name.trim().charAt(0).toUpperCase() || "?"}
    </span>
  );
}

import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** The ways on from a sign-in page that cannot go on: where to start again, and Ninka's home. */
export function WayOutLinks({ primary }: { primary: { href: string; label: string } }) {
  return (
    <div className="mt-6 flex flex-wrap gap-3">
      <Link href={primary.href} className={buttonClass("primary")}>
        {primary.label}
      </Link>
      <Link href="/" className={buttonClass("secondary")}>
        Ninka home
      </Link>
    </div>
  );
}

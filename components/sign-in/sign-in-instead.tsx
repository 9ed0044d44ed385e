import Link from "next/link";
import { linkClass } from "./auth-page";

/** "Already have an account? Sign in", under the sign-up form or in its place. */
export function SignInInstead({ href, className = "" }: { href: string; className?: string }) {
  return (
    <p className={`${className} text-center text-sm text-slate-600 dark:text-slate-400`.trim()}>
      Already have an account?{" "}
      <Link href={href} className={linkClass}>
        Sign in
      </Link>
    </p>
  );
}

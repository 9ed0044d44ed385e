import type { ReactNode } from "react";
import Link from "next/link";

type Props = {
  title: string;
  subtitle?: ReactNode;
  icon?: ReactNode;
  /** What the instance is called, where the page already knows it (the consent screen). */
  brand?: string;
  children: ReactNode;
};

/** The centred card of the sign-in, sign-up and interaction pages, and of the pages that say where one is (not found, an error, an account deleted). */
export function AuthPage({ title, subtitle, icon, brand = "Ninka", children }: Props) {
  return (
    <main className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-10 sm:justify-center dark:bg-slate-950">
      <Link href="/" className="mb-6 text-lg font-bold tracking-tight text-brand-600 dark:text-brand-100">
        {brand}
      </Link>
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8 dark:border-slate-800 dark:bg-slate-900">
        {icon && <div className="mb-4">{icon}</div>}
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {subtitle && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{subtitle}</p>}
        <div className="mt-6">{children}</div>
      </div>
    </main>
  );
}

// Underlined always: in the dark theme the link colour alone is close to the text colour.
export const linkClass =
  "font-medium text-brand-600 underline underline-offset-4 hover:decoration-2 dark:text-brand-100";

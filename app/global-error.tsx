"use client";

import "./globals.css";

// When the root layout itself fails, this page replaces it (html and body included), so it cannot
// use the layout's pieces; a plain link home works without JavaScript.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col items-center justify-center gap-4 bg-slate-50 px-4 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <p className="text-lg font-bold tracking-tight text-brand-600 dark:text-brand-100">Ninka</p>
        <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
        {error.digest && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Reference for the administrators: <code className="font-mono">{error.digest}</code>
          </p>
        )}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload, the app having failed */}
        <a href="/" className="font-medium text-brand-600 underline-offset-4 hover:underline dark:text-brand-100">
          Ninka home
        </a>
      </body>
    </html>
  );
}

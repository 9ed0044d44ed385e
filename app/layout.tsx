import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getInstanceName } from "@/lib/accounts/settings/instance-name";
import "./globals.css";

// Every title ends with what the instance is called (an administrator names it in /admin/settings).
export async function generateMetadata(): Promise<Metadata> {
  await connection();
  const name = await getInstanceName();
  return {
    title: { default: name, template: `%s · ${name}` },
    description: "Self-hosted OAuth 2.0 and OpenID Connect server with a developer console.",
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

// Every page renders per request: Next.js can only put the CSP nonce of proxy.ts on the scripts of
// a page it renders for that request (ARCHITECTURE.md "Security headers").
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}

import type { Metadata } from "next";
import { DOCS_PAGES } from "@/components/docs/docs-pages";
import { SignInConnectionsGuide } from "@/components/docs/sign-in-connections-guide";
import { getConfig } from "@/lib/kernel/config/get-config";

export const metadata: Metadata = { title: DOCS_PAGES.signInConnections.title };

export default function SignInConnectionsPage() {
  return <SignInConnectionsGuide baseUrl={getConfig().NINKA_URL} />;
}

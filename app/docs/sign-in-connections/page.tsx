import type { Metadata } from "next";
import { SignInConnectionsGuide } from "@/components/docs/sign-in-connections-guide";
import { getConfig } from "@/lib/kernel/config/get-config";

export const metadata: Metadata = { title: "Sign in with another identity provider" };

export default function SignInConnectionsPage() {
  return <SignInConnectionsGuide baseUrl={getConfig().NINKA_URL} />;
}

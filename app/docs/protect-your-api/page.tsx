import type { Metadata } from "next";
import { DOCS_PAGES } from "@/components/docs/docs-pages";
import { ProtectApiGuide } from "@/components/docs/protect-api-guide";

export const metadata: Metadata = { title: DOCS_PAGES.protectYourApi.title };

export default function ProtectYourApiPage() {
  return <ProtectApiGuide />;
}

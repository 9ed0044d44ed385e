import type { Metadata } from "next";
import { DOCS_PAGES } from "@/components/docs/docs-pages";
import { TeamsGuide } from "@/components/docs/teams-guide";

export const metadata: Metadata = { title: DOCS_PAGES.teams.title };

export default function TeamsDocsPage() {
  return <TeamsGuide />;
}

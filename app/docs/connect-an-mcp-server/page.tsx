import type { Metadata } from "next";
import { DOCS_PAGES } from "@/components/docs/docs-pages";
import { McpServerGuide } from "@/components/docs/mcp-server-guide";

export const metadata: Metadata = { title: DOCS_PAGES.connectAnMcpServer.title };

export default function ConnectAnMcpServerPage() {
  return <McpServerGuide />;
}

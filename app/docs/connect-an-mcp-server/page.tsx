import type { Metadata } from "next";
import { McpServerGuide } from "@/components/docs/mcp-server-guide";

export const metadata: Metadata = { title: "Connect an MCP server" };

export default function ConnectAnMcpServerPage() {
  return <McpServerGuide />;
}

import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { CopyField } from "@/components/ui/copy-field";
import type { ProtectedResourceMetadata } from "@/lib/portal/apis/schemas";

type Props = { metadata: ProtectedResourceMetadata; metadataUrl: string; challenge: string };

/**
 * What the API's server publishes so that clients (MCP clients among them) find Ninka by
 * themselves: the RFC 9728 document at its well-known address, and the 401 header pointing there.
 */
export function ProtectedResourceMetadataCard({ metadata, metadataUrl, challenge }: Props) {
  const json = JSON.stringify(metadata, null, 2);
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">Let clients find Ninka</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Serve this document (OAuth protected resource metadata, RFC 9728) from your API, and send the header with every
        401 answer. Clients such as MCP clients read it, find Ninka, and can register themselves.
      </p>
      <CopyField label="Serve the document at" value={metadataUrl} copyLabel="Copy address" />
      <div className="flex flex-col gap-2">
        <pre
          tabIndex={0}
          role="region"
          aria-label="Protected resource metadata"
          data-testid="protected-resource-metadata"
          className="overflow-x-auto rounded bg-slate-50 p-3 text-xs leading-relaxed text-slate-900 dark:bg-slate-950 dark:text-slate-100"
        >
          <code>{json}</code>
        </pre>
        <CopyButton value={json} label="Copy document" className="self-start" />
      </div>
      <CopyField label="WWW-Authenticate header of a 401" value={challenge} copyLabel="Copy header" />
    </Card>
  );
}

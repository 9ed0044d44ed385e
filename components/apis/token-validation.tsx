import { CopyButton } from "@/components/ui/copy-button";
import { CopyField } from "@/components/ui/copy-field";
import { validationSnippets, type SnippetValues } from "./validation-snippets";

/**
 * What the API's developers need to accept Ninka's tokens: the issuer, where the signing keys are,
 * the audience, and a short validation in Node, Python and Go with these values filled in.
 */
export function TokenValidation(values: SnippetValues) {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Ninka issues this API&apos;s access tokens as signed JWTs (RFC 9068). Your API checks each one itself, without
        calling Ninka: the signature against the JWKS, the issuer, the audience,{" "}
        <code className="font-mono">typ: at+jwt</code>, the expiry and the scope it needs.
      </p>
      <CopyField label="Issuer" value={values.issuer} copyLabel="Copy issuer" />
      <CopyField label="JWKS URL" value={values.jwksUri} copyLabel="Copy JWKS URL" />
      <CopyField label="Audience" value={values.audience} copyLabel="Copy audience" />
      <div className="flex flex-col gap-2">
        {validationSnippets(values).map((snippet, i) => (
          <details
            key={snippet.language}
            open={i === 0}
            className="rounded-md border border-slate-200 dark:border-slate-700"
          >
            <summary className="cursor-pointer px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-500">
              {snippet.language}
            </summary>
            <div className="flex flex-col gap-2 border-t border-slate-200 p-3 dark:border-slate-700">
              <pre
                tabIndex={0}
                role="region"
                aria-label={`${snippet.language} example`}
                className="overflow-x-auto rounded bg-slate-50 p-3 text-xs leading-relaxed text-slate-900 dark:bg-slate-950 dark:text-slate-100"
              >
                <code>{snippet.code}</code>
              </pre>
              <CopyButton
                value={snippet.code}
                label="Copy code"
                srSuffix={`(${snippet.language})`}
                className="self-start"
              />
            </div>
          </details>
        ))}
      </div>
    </div>
  );
}

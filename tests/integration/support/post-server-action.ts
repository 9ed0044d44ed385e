import { readFileSync } from "node:fs";

// A console server action posted over HTTP as React's client posts a form (multipart, the
// `Next-Action` id from the build's manifest, the fields before "0", which names the arguments
// (previousState, formData)), with a console session's cookie. Returns the action's typed result,
// or null when it redirected (after a success: `redirected` says where), with the HTTP status.
let actionIds: Map<string, string> | undefined;

/** The build's id of server action `exportedName` (its manifest), so a renamed action fails loudly. */
export function serverActionId(exportedName: string): string {
  actionIds ??= new Map(
    Object.entries(
      (
        JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
          node: Record<string, { exportedName: string }>;
        }
      ).node,
    ).map(([id, entry]) => [entry.exportedName, id]),
  );
  const id = actionIds.get(exportedName);
  if (!id) throw new Error(`no server action ${exportedName} in the build`);
  return id;
}

export async function postServerAction(
  origin: string,
  cookie: string,
  exportedName: string,
  fields: Record<string, string | string[]>,
  path = "/console",
): Promise<{
  status: number;
  redirected: string | null;
  result: { ok: boolean; code?: string; message?: string } | null;
}> {
  const id = serverActionId(exportedName);
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of [value].flat()) body.append(`_1_${name}`, one);
  }
  body.append("0", JSON.stringify([null, "$K1"]));
  const response = await fetch(`${origin}${path}`, {
    method: "POST",
    headers: { cookie, "next-action": id, accept: "text/x-component" },
    body,
    redirect: "manual",
  });
  const text = await response.text();
  return {
    status: response.status,
    redirected: response.headers.get("x-action-redirect"),
    result: JSON.parse(text.match(/^1:(.*)$/m)?.[1] ?? "null"),
  };
}

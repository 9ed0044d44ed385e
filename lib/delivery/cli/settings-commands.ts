import "server-only";
import { cliActor } from "@/lib/kernel/actors/any-actor";
import { DCR_MODES, DCR_MODE_NAMES } from "@/lib/accounts/settings/dcr-modes";
import { updateDcrPolicy } from "@/lib/accounts/settings/dcr-policy";
import { updateClientIdDocumentSetting } from "@/lib/accounts/settings/client-id-documents-setting";
import { CLIENT_ID_DOCUMENT_MODES } from "@/lib/accounts/settings/client-id-document-modes";
import { INSTANCE_NAME_MAX, updateInstanceName } from "@/lib/accounts/settings/instance-name";
import type { Command, Options } from "./command";

// `ninka settings …`: instance settings an administrator also changes in /admin/settings.
const hostList = (value: Options[string]) =>
  typeof value === "string" && value.trim() ? value.split(",").map((host) => host.trim()) : [];

export function settingsCommands(requireMigrated: () => Promise<void>): Record<string, Command> {
  // `ninka settings dcr off|token|open` (ARCHITECTURE.md "Dynamic registration").
  const dcr = DCR_MODE_NAMES.map((mode): [string, Command] => [
    `settings dcr ${mode}`,
    {
      usage: `ninka settings dcr ${mode}`,
      summary: `Dynamic client registration: ${DCR_MODES[mode].label.toLowerCase()}`,
      options: {},
      async run(_options, io) {
        await requireMigrated();
        await updateDcrPolicy(cliActor, { mode });
        io.stderr.write(`Dynamic client registration is now ${mode}. ${DCR_MODES[mode].description}\n`);
      },
    },
  ]);
  // `ninka settings client-id-documents auto|on|off [--allow-hosts a,b] [--deny-hosts c]`.
  const documents = Object.entries(CLIENT_ID_DOCUMENT_MODES).map(
    ([mode, { label, description }]): [string, Command] => [
      `settings client-id-documents ${mode}`,
      {
        usage: `ninka settings client-id-documents ${mode} [--allow-hosts a.com,b.com] [--deny-hosts c.com]`,
        summary: `Client ID metadata documents: ${label.toLowerCase()}`,
        options: {
          "allow-hosts": { type: "string", help: "only these hosts may serve documents (default: any public host)" },
          "deny-hosts": { type: "string", help: "these hosts may not serve documents" },
        },
        async run(options, io) {
          await requireMigrated();
          const input = {
            mode,
            allowHosts: hostList(options["allow-hosts"]),
            denyHosts: hostList(options["deny-hosts"]),
          };
          await updateClientIdDocumentSetting(cliActor, input);
          io.stderr.write(`Client ID metadata documents: ${mode}. ${description}\n`);
        },
      },
    ],
  );
  // `ninka settings instance-name "Acme ID"` ("" goes back to the host).
  const instanceName: [string, Command] = [
    "settings instance-name",
    {
      usage: 'ninka settings instance-name "Acme ID"',
      summary: "Name this instance (page titles, the consent screen, mails)",
      options: {},
      argument: { name: "name", help: `up to ${INSTANCE_NAME_MAX} characters; "" for the host of NINKA_URL` },
      async run(options, io) {
        await requireMigrated();
        const name = await updateInstanceName(cliActor, { name: options.name });
        io.stderr.write(`This instance is now called ${name}.\n`);
      },
    },
  ];
  return Object.fromEntries([...dcr, ...documents, instanceName]);
}

import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { OptionErrors } from "@/components/ui/option-row";
import type { CatalogueApi } from "@/lib/portal/api-clients/list-scope-catalogue";

type Props = {
  apis: CatalogueApi[];
  values: string[];
  onChange: (values: string[]) => void;
  errors?: string[];
  machine: boolean;
};

/**
 * The permissions of registered APIs an app may ask for, grouped by API with its description and
 * developer. Checked values join the app's `scope` with the OIDC ones (one form field name).
 */
export function ApiScopePicker({ apis, values, onChange, errors, machine }: Props) {
  if (!apis.length) return null;
  return (
    <fieldset className="flex flex-col gap-4" aria-describedby={errors?.length ? "api-scope-error" : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">API permissions</legend>
      <p className="-mt-2 text-sm text-slate-600 dark:text-slate-400">
        {machine
          ? "The API permissions this service asks for. Each API's owner approves them before its client_credentials tokens carry them."
          : "Permissions of APIs your app calls. People allow them on the consent screen; your app then gets tokens for that API."}
      </p>
      {apis.map((api) => (
        <CheckboxGroup
          key={api.id}
          legend={
            <>
              {api.name} <span className="font-normal text-slate-600 dark:text-slate-400">· by {api.developer}</span>
            </>
          }
          description={api.description || undefined}
          name="scope"
          options={api.scopes.map((scope) => ({
            value: scope.value,
            label: (
              <>
                {scope.description}{" "}
                <code className="ml-1 font-mono text-xs font-normal text-slate-500 dark:text-slate-400">
                  {scope.value}
                </code>
              </>
            ),
          }))}
          values={values}
          onChange={onChange}
        />
      ))}
      <OptionErrors id="api-scope-error" errors={errors} />
    </fieldset>
  );
}

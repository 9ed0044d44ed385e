"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field-shell";
import { MAX_API_SCOPES } from "@/lib/portal/apis/limits";

export type ScopeRow = { key: string; value: string; description: string };

type Props = { rows: ScopeRow[]; onChange: (rows: ScopeRow[]) => void; errors?: string[] };

let nextKey = 0;

/**
 * The API's permissions, one row each: the value apps ask for and the words people read on the
 * consent screen. Rows are added and removed in place; every input has its own label.
 */
export function ScopeRows({ rows, onChange, errors }: Props) {
  const update = (key: string, change: Partial<ScopeRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const errorId = errors?.length ? "scopes-error" : undefined;
  // The row just added takes the focus, so a keyboard user types its value at once.
  const [added, setAdded] = useState<string | null>(null);
  const add = () => {
    const key = `new${nextKey++}`;
    setAdded(key);
    onChange([...rows, { key, value: "", description: "" }]);
  };
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={["scopes-hint", errorId].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Permissions (scopes)</legend>
      <p id="scopes-hint" className="-mt-1 text-sm text-slate-600 dark:text-slate-400">
        Each value is unique across Ninka (e.g. <code className="font-mono">photos.read</code>); describe it in one line
        for the people who will allow it, e.g. “See your photo albums”.
      </p>
      {rows.map((row, i) => (
        <div
          key={row.key}
          className="grid gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] sm:items-end"
          data-testid="scope-row"
        >
          <RowInput
            label={`Scope ${i + 1} value`}
            name="scope_value"
            value={row.value}
            onChange={(value) => update(row.key, { value })}
            placeholder="photos.read"
            maxLength={100}
            invalid={!!errors?.length}
            mono
            autoFocus={row.key === added}
          />
          <RowInput
            label={`Scope ${i + 1} description`}
            name="scope_description"
            value={row.description}
            onChange={(description) => update(row.key, { description })}
            placeholder="See your photo albums"
            maxLength={200}
          />
          <Button type="button" variant="ghost" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
            Remove<span className="sr-only"> scope {i + 1}</span>
          </Button>
        </div>
      ))}
      {errors?.map((error) => (
        <p key={error} id={errorId} className="break-words text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ))}
      <Button
        type="button"
        variant="secondary"
        className="self-start"
        disabled={rows.length >= MAX_API_SCOPES}
        onClick={add}
      >
        Add a scope
      </Button>
    </fieldset>
  );
}

type RowInputProps = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  maxLength: number;
  invalid?: boolean;
  mono?: boolean;
  autoFocus?: boolean;
};

function RowInput({ label, name, value, onChange, placeholder, maxLength, invalid, mono, autoFocus }: RowInputProps) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-800 dark:text-slate-200">
      {label}
      <input
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        maxLength={maxLength}
        spellCheck={mono ? false : undefined}
        autoCapitalize="off"
        autoComplete="off"
        autoFocus={autoFocus}
        aria-invalid={invalid || undefined}
        className={`${inputClass} font-normal ${mono ? "font-mono" : ""}`}
      />
    </label>
  );
}

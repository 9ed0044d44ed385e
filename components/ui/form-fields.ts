"use client";

import { useState } from "react";
import type { ActionResult, FieldErrors } from "@/lib/kernel/errors";

type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;
type Messages = (errors: FieldErrors | undefined, name: string) => string[] | undefined;

const asAnswered: Messages = (errors, name) => errors?.[name];

export type FieldBinder<T> = (name: TextKeys<T>) => {
  name: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  errors: string[] | undefined;
};

/**
 * Binds text fields to `values`: `field(name)` is what a TextField, TextareaField or SelectField
 * needs (name, value, change handler, errors). `messages` words an answer's errors for the field.
 */
export function bindFields<T extends object>(
  values: T,
  onChange: (values: T) => void,
  errors: FieldErrors | undefined,
  messages: Messages = asAnswered,
): FieldBinder<T> {
  return (name) => ({
    name,
    value: values[name] as string,
    onChange: (e: { target: { value: string } }) => onChange({ ...values, [name]: e.target.value }),
    errors: messages(errors, name),
  });
}

/**
 * A form's fields, controlled so that an error answer (React resets a form after its action) loses
 * nothing typed, each bound by `field(name)` to its value and to the errors of the action's `state`.
 */
export function useFormFields<T extends object>(initial: T, state: ActionResult<unknown> | null, messages?: Messages) {
  const [values, setValues] = useState(initial);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return { values, setValues, field: bindFields(values, setValues, errors, messages) };
}

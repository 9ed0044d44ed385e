/** A text field of a submitted form ("" when absent or a file): for paths and messages, not input. */
export const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

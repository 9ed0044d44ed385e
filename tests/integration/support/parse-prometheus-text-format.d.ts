// The package ships no types; only what the tests read.
declare module "parse-prometheus-text-format" {
  type Sample = { value: string; labels?: Record<string, string>; buckets?: Record<string, string>; count?: string };
  export default function parsePrometheusTextFormat(text: string): { name: string; type: string; metrics: Sample[] }[];
}

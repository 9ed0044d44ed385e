import { redirect } from "next/navigation";

// The apps list lives on the console's home page.
export default function ClientsIndexPage() {
  redirect("/console");
}

import Link from "next/link";

export default function NotFound() {
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">404 — not found</h1>
      <p>There is nothing at this address. <Link className="underline" href="/">Go home</Link>.</p>
    </section>
  );
}

import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="home-hero">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved when the course was updated.</p>
      <p>
        <Link href="/">Go to the list of lessons</Link>
      </p>
    </div>
  );
}

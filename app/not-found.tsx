import { IntentLink } from '@/components/layout/IntentLink';

export default function NotFound() {
  return (
    <div className="home-hero">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved when the course was updated.</p>
      <p>
        <IntentLink href="/">Go to the list of lessons</IntentLink>
      </p>
    </div>
  );
}

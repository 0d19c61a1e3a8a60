import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'Chronocite',
  description: 'A timeline of events in which every event cites the paragraph it came from.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">Chronocite</Link>
          <nav aria-label="Site">
            <Link href="/">Timeline</Link>
            <Link href="/sources">Sources</Link>
            <Link href="/actors">Actors</Link>
          </nav>
        </header>
        {children}
      </body>
    </html>
  );
}

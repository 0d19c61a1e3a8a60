'use client';

import { useEffect } from 'react';

/**
 * Marks the paragraph named in the URL hash as the current location and scrolls it into view.
 * CSS :target alone misses client-side navigations, which change the hash without a page load.
 */
export function ParagraphHighlighter() {
  useEffect(() => {
    const highlight = () => {
      document.querySelectorAll('[aria-current="location"]').forEach((el) => el.removeAttribute('aria-current'));
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = /^p-\d+$/.test(id) ? document.getElementById(id) : null;
      if (target === null) return;
      target.setAttribute('aria-current', 'location');
      target.scrollIntoView({ block: 'center' });
    };
    highlight();
    window.addEventListener('hashchange', highlight);
    return () => window.removeEventListener('hashchange', highlight);
  }, []);
  return null;
}

'use client';

import { useState } from 'react';

/** Free-text search over titles, summaries and quotes; applied on Enter, cleared with the ✕. */
export function SearchBox({ value, onSearch }: { value: string | null; onSearch: (q: string | null) => void }) {
  const [text, setText] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  // The address can change under us (back/forward): show what it says.
  if (shown !== value) {
    setShown(value);
    setText(value ?? '');
  }
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim() === '' ? null : text.trim());
      }}
    >
      <label htmlFor="event-search" className="visually-hidden">Search events</label>
      <input id="event-search" type="search" value={text} placeholder="Search events" maxLength={200} onChange={(event) => setText(event.target.value)} />
      <button type="submit">Search</button>
    </form>
  );
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toTimelineJs, type TimelineJsDate, type TimelineJsSlide } from '../../lib/export/to-timelinejs';
import { HOSTILE_EVENT, HOSTILE_QUOTES, ORDINARY_EVENTS, SITE_URL, exportInput } from './fixtures';

/** The exported file as a newsroom would load it: parsed from JSON text, not the object we built. */
function exported(events = ORDINARY_EVENTS): { title?: TimelineJsSlide; events: TimelineJsSlide[] } {
  return JSON.parse(JSON.stringify(toTimelineJs(exportInput(events))));
}

/** What TimelineJS requires of a date object: a whole-number year, month 1–12 and a real day if given. */
function assertValidDate(date: TimelineJsDate | undefined, where: string) {
  assert.ok(date, `${where}: date present`);
  assert.equal(typeof date.year, 'number', `${where}: year is a number`);
  assert.ok(Number.isInteger(date.year), `${where}: year is whole`);
  if (date.month !== undefined) assert.ok(Number.isInteger(date.month) && date.month >= 1 && date.month <= 12, `${where}: month`);
  if (date.day !== undefined) {
    assert.notEqual(date.month, undefined, `${where}: a day needs a month`);
    const days = new Date(Date.UTC(date.year, date.month ?? 1, 0)).getUTCDate();
    assert.ok(Number.isInteger(date.day) && date.day >= 1 && date.day <= days, `${where}: day`);
  }
}

/** Removes the markup the exporter writes itself; any `<` left over came from article text. */
function withoutOwnMarkup(html: string): string {
  return html.replace(/<\/?(?:p|ul|li|blockquote)>|<a href="[^"<>]*">|<\/a>/g, '');
}

describe('toTimelineJs', () => {
  it('gives every event the fields TimelineJS needs: start_date with a year, a headline, a unique id', () => {
    const file = exported();
    assert.equal(file.events.length, ORDINARY_EVENTS.length);
    for (const slide of file.events) {
      assertValidDate(slide.start_date, `${slide.unique_id} start`);
      if (slide.end_date) assertValidDate(slide.end_date, `${slide.unique_id} end`);
      assert.ok(slide.text.headline.trim().length > 0);
      assert.equal(typeof slide.text.text, 'string');
      assert.equal(slide.autolink, false);
    }
    assert.deepEqual(
      new Set(file.events.map((slide) => slide.unique_id)),
      new Set(ORDINARY_EVENTS.map((event) => event.id)),
    );
    assert.equal(file.title?.start_date, undefined, 'the title slide has no date');
    assert.ok(file.title?.text.headline);
  });

  it('gives month and day only where the precision knows them (approximate and week dates keep day and end), and an end only for spans', () => {
    const dates = Object.fromEntries(exported().events.map((slide) => [slide.unique_id, [slide.start_date, slide.end_date]]));
    const shown = (display_date: string) => ({ display_date });
    assert.deepEqual(dates, {
      evt_day: [{ year: 2023, month: 10, day: 7, ...shown('7 October 2023 (day)') }, undefined],
      evt_week: [{ year: 2023, month: 4, day: 1, ...shown('1–7 April 2023 (week)') }, { year: 2023, month: 4, day: 7 }],
      evt_month: [{ year: 2023, month: 2, ...shown('February 2023 (month)') }, undefined],
      evt_season: [{ year: 2006, month: 6, ...shown('June – August 2006 (season)') }, { year: 2006, month: 8 }],
      evt_year: [{ year: 1987, ...shown('1987 (year)') }, undefined],
      evt_decade: [{ year: 1990, ...shown('1990s (decade)') }, { year: 1999 }],
      evt_approx: [{ year: 2017, month: 9, day: 30, ...shown('about 30 September – 6 October 2017') }, { year: 2017, month: 10, day: 6 }],
    });
  });

  it('negative: no display_date lacks a year, even where the text wrote none ("January", "Sunday")', () => {
    const yearless = [
      { ...ORDINARY_EVENTS[2], id: 'evt_january', dateText: 'January', start: '2023-01-01', end: '2023-01-31' },
      { ...ORDINARY_EVENTS[6], id: 'evt_after', dateText: 'A few days after', start: '2023-10-08', end: '2023-10-14' },
      { ...ORDINARY_EVENTS[0], id: 'evt_sunday', dateText: 'Sunday', start: '2023-10-08', end: '2023-10-08' },
    ];
    const shown = exported(yearless).events.map((slide) => slide.display_date);
    assert.deepEqual(shown, ['January 2023 (month)', '8 October 2023 (day)', 'about 8–14 October 2023']);
    for (const date of shown) assert.match(date ?? '', /\b\d{4}\b/);
  });

  it('orders slides as the timeline does (start, end, id), so an approximate date follows what it is counted from', () => {
    const attack = { ...ORDINARY_EVENTS[0], id: 'evt_b', start: '2023-10-07', end: '2023-10-07' };
    const after = { ...ORDINARY_EVENTS[6], id: 'evt_a', start: '2023-10-08', end: '2023-10-14' };
    const month = { ...ORDINARY_EVENTS[2], id: 'evt_c', start: '2023-10-01', end: '2023-10-31' };
    assert.deepEqual(exported([after, attack, month]).events.map((slide) => slide.unique_id), ['evt_c', 'evt_b', 'evt_a']);
  });

  it('shows the date with its year and precision, and quotes every citation with a link to its paragraph', () => {
    const [slide] = exported().events.filter((s) => s.unique_id === 'evt_day');
    assert.equal(slide.display_date, '7 October 2023 (day)');
    assert.equal(
      slide.text.text,
      '<p>Date: 7 October 2023 (day); as written: “October 7”; year taken from the same sentence, “2023” (¶6)</p><ul>' +
        '<li><blockquote>“The attack began on October 7.”</blockquote> — <a href="https://chronocite.example/sources/jpost-meetings#p-3">Top officials met 4 times in 2023, ¶3</a> (Reported by Ruritanian officials)</li>' +
        '<li><blockquote>“The officials met four times in 2023.”</blockquote> — <a href="https://chronocite.example/sources/analysis#p-12">An analysis, ¶12</a> (Stated by the source)</li></ul>',
    );
  });

  it('names the cited sources on the title slide', () => {
    const { title } = exported();
    assert.equal(
      title?.text.text,
      '<p>7 events from 2 sources; each event quotes the paragraphs it comes from.</p>' +
        '<ul><li>An analysis</li><li>Top officials met 4 times in 2023, The Jerusalem Post</li></ul>',
    );
  });

  it('escapes article text everywhere the player renders HTML: no markup or link of its own survives', () => {
    const file = exported([HOSTILE_EVENT]);
    const [slide] = file.events;
    const text = [slide.text.text, file.title?.text.text ?? ''].map(withoutOwnMarkup);
    for (const html of [slide.text.headline, slide.display_date ?? '', slide.start_date?.display_date ?? '', ...text]) {
      assert.doesNotMatch(html, /[<>]/, html);
    }
    const hrefs = [...slide.text.text.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    assert.equal(hrefs.length, HOSTILE_QUOTES.length);
    for (const href of hrefs) assert.ok(href.startsWith(`${SITE_URL}/sources/`), href);
    assert.equal(slide.text.headline, '&lt;img src=x onerror=alert(1)&gt; =cmd');
    assert.ok(slide.text.text.includes('“&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; said, &quot;yes&quot;, then left,\nlater”'));
    assert.ok(slide.text.text.includes('“javascript:alert(1)”'), 'URL-like text stays text (autolink is off)');
  });

  it('gives an empty list of events for no events', () => {
    assert.deepEqual(exported([]).events, []);
  });
});

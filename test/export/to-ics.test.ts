import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { UID_DOMAIN, toIcs } from '../../lib/export/to-ics';
import { HOSTILE_EVENT, HOSTILE_QUOTES, ORDINARY_EVENTS, exportInput } from './fixtures';

function vevents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

function dateValue(event: ICAL.Component, name: string): ICAL.Time {
  const value = event.getFirstPropertyValue(name);
  assert.ok(value instanceof ICAL.Time, `${name} is a date`);
  return value;
}

describe('toIcs', () => {
  it('gives one all-day VEVENT per event: a day or week over its span (DTEND the day after), coarser dates on their first day, naming the precision', () => {
    const events = vevents(toIcs(exportInput(ORDINARY_EVENTS)));
    assert.equal(events.length, ORDINARY_EVENTS.length);
    const spans = events.map((event) => {
      const start = dateValue(event, 'dtstart');
      const end = dateValue(event, 'dtend');
      assert.equal(start.isDate, true);
      assert.equal(end.isDate, true);
      return [event.getFirstPropertyValue('summary'), start.toString(), end.toString()];
    });
    assert.deepEqual(spans, [
      ['Attack', '2023-10-07', '2023-10-08'],
      ['Meeting', '2023-04-01', '2023-04-08'],
      ['February 2023 (month) — Visit', '2023-02-01', '2023-02-02'],
      ['June – August 2006 (season) — War', '2006-06-01', '2006-06-02'],
      ['1987 (year) — Founding', '1987-01-01', '1987-01-02'],
      ['1990s (decade) — Build-up', '1990-01-01', '1990-01-02'],
      ['about 30 September – 6 October 2017 — Talks', '2017-09-30', '2017-10-01'],
    ]);
  });

  it('negative: never turns a month or a year into a month- or year-long block', () => {
    const coarse = ORDINARY_EVENTS.filter((event) => !['day', 'week'].includes(event.precision));
    for (const vevent of vevents(toIcs(exportInput(coarse)))) {
      const days = dateValue(vevent, 'dtend').subtractDate(dateValue(vevent, 'dtstart')).toSeconds() / 86_400;
      assert.equal(days, 1, String(vevent.getFirstPropertyValue('summary')));
    }
  });

  it('writes the same day whatever time zone the exporting machine is in', () => {
    const original = process.env.TZ;
    try {
      const files = ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'].map((zone) => {
        process.env.TZ = zone;
        return toIcs(exportInput(ORDINARY_EVENTS));
      });
      assert.equal(files[0], files[2]);
      assert.equal(files[1], files[2]);
    } finally {
      process.env.TZ = original;
    }
  });

  it('gives stable UIDs and the DTSTAMP it was handed, so the same data gives the same file', () => {
    const text = toIcs(exportInput(ORDINARY_EVENTS));
    assert.equal(toIcs(exportInput(ORDINARY_EVENTS)), text);
    const [first] = vevents(text);
    assert.equal(first.getFirstPropertyValue('uid'), `evt_day@${UID_DOMAIN}`);
    assert.equal(dateValue(first, 'dtstamp').toString(), '2025-03-05T00:00:00Z');
  });

  it('describes the date as written and every citation with its link', () => {
    const [first] = vevents(toIcs(exportInput(ORDINARY_EVENTS)));
    assert.equal(
      first.getFirstPropertyValue('description'),
      [
        'Date: 7 October 2023 (day); as written: “October 7”; year taken from the same sentence, “2023” (¶6)',
        '“The attack began on October 7.” — Top officials met 4 times in 2023, ¶3 (Reported by Ruritanian officials)\nhttps://chronocite.example/sources/jpost-meetings#p-3',
        '“The officials met four times in 2023.” — An analysis, ¶12 (Stated by the source)\nhttps://chronocite.example/sources/analysis#p-12',
      ].join('\n\n'),
    );
  });

  it('keeps hostile text as plain text: every quote reads back verbatim, nothing breaks the calendar', () => {
    const events = vevents(toIcs(exportInput([HOSTILE_EVENT, ORDINARY_EVENTS[0]])));
    assert.equal(events.length, 2);
    const [hostile] = events;
    assert.equal(hostile.getFirstPropertyValue('summary'), HOSTILE_EVENT.title);
    const description = String(hostile.getFirstPropertyValue('description'));
    // iCalendar text breaks lines only one way: a carriage return reads back as a line feed.
    for (const quote of HOSTILE_QUOTES) {
      assert.ok(description.includes(`“${quote.replace(/\r\n?/g, '\n')}”`), JSON.stringify(quote));
    }
    assert.equal(hostile.getAllProperties().filter((p) => p.name === 'url' || p.name === 'attach').length, 0);
  });

  it('writes control characters, which iCalendar text cannot carry, as U+FFFD', () => {
    const event = { ...ORDINARY_EVENTS[0], title: 'a\u0000b\u0007c\u001bd\u007fe' };
    const text = toIcs(exportInput([event]));
    assert.doesNotMatch(text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    assert.equal(vevents(text)[0].getFirstPropertyValue('summary'), 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
  });

  it('gives a valid calendar with no events for no events', () => {
    const calendar = new ICAL.Component(ICAL.parse(toIcs(exportInput([]))));
    assert.equal(calendar.name, 'vcalendar');
    assert.equal(calendar.getAllSubcomponents('vevent').length, 0);
  });
});

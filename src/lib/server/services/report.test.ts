import { describe, expect, test } from 'vitest';
import { buildReportFileName, toParisDate } from './report';

describe('report file name', () => {
	test.each([
		[
			'saint-exemple-sur-loire',
			'2026-11-29T10:00:00Z',
			'rapport-cap-libre-saint-exemple-sur-loire-2026-11-29.pdf'
		],
		[
			'saint-exemple-sur-loire',
			'2026-11-29T23:30:00Z',
			'rapport-cap-libre-saint-exemple-sur-loire-2026-11-30.pdf'
		],
		[
			'Évry "Courcouronnes"/..',
			'2026-06-01T08:00:00Z',
			'rapport-cap-libre-evry-courcouronnes-2026-06-01.pdf'
		],
		['', '2026-06-01T08:00:00Z', 'rapport-cap-libre-collectivite-2026-06-01.pdf']
	])('slug %j at %s → %s', (slug, iso, name) => {
		expect(buildReportFileName(slug, new Date(iso))).toBe(name);
	});

	test.each([
		['2026-01-01T22:59:59Z', '2026-01-01'],
		['2026-01-01T23:00:00Z', '2026-01-02'],
		['2026-07-01T21:59:59Z', '2026-07-01'],
		['2026-07-01T22:00:00Z', '2026-07-02']
	])('the date of %s in Paris is %s (winter and summer time)', (iso, date) => {
		expect(toParisDate(new Date(iso))).toBe(date);
	});
});

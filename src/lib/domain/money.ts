/**
 * Money is always integer cents (1 € = 100). Floats drift on euro sums; every amount that is stored,
 * summed or compared is an integer number of cents.
 */
export type Cents = number;

const euroFormatter = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const euroWholeFormatter = new Intl.NumberFormat('fr-FR', {
	style: 'currency',
	currency: 'EUR',
	maximumFractionDigits: 0
});
const integerFormatter = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** Rounds a euro amount (possibly fractional, e.g. from a rate) to whole cents, half away from zero. */
export function toCents(euros: number): Cents {
	return Math.sign(euros) * Math.round(Math.abs(euros) * 100);
}

/** Sums cents; throws if a value is not an integer, so a float never slips into a total. */
export function sumCents(values: Iterable<Cents>): Cents {
	let total = 0;
	for (const v of values) {
		if (!Number.isInteger(v)) throw new TypeError(`montant non entier en centimes : ${v}`);
		total += v;
	}
	return total;
}

/** "1 234,56 €" (fr-FR, narrow no-break space thousands, no-break space before €). */
export function formatEuros(cents: Cents): string {
	return euroFormatter.format(cents / 100);
}

/** "1 235 €": whole euros, for key figures and chart axes. */
export function formatEurosRounded(cents: Cents): string {
	return euroWholeFormatter.format(Math.round(cents / 100));
}

/** "12 345": an integer count in fr-FR. */
export function formatCount(n: number): string {
	return integerFormatter.format(n);
}

/** "12,5 %" from a ratio in [0, 1]. */
export function formatPercent(ratio: number, fractionDigits = 0): string {
	return new Intl.NumberFormat('fr-FR', {
		style: 'percent',
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits
	}).format(ratio);
}

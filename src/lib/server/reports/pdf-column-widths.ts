/**
 * Table column widths, like a browser's automatic table layout: columns that fit on one line keep that width,
 * the wide ones share what is left, and none goes below its longest unbreakable word. Pure: widths in points.
 */

function sum(values: number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/**
 * Splits `total` points between columns.
 * - Everything fits on one line (Σ natural ≤ total): natural widths stretched in proportion to fill `total`.
 * - Even the minimums do not fit (Σ minimum ≥ total): minimums scaled down (words will be cut).
 * - Otherwise: columns whose natural width is at most an equal share of the space still free keep it
 *   (repeated until stable); the others share the rest in proportion to their natural width, each raised to
 *   its minimum if needed, the excess taken from columns that are above their minimum.
 */
export function distributeColumnWidths(natural: number[], minimum: number[], total: number): number[] {
	if (natural.length === 0) return [];
	const sumNatural = sum(natural);
	if (sumNatural <= total) return natural.map((width) => (width / sumNatural) * total);
	const sumMinimum = sum(minimum);
	if (sumMinimum >= total) return minimum.map((width) => (width / sumMinimum) * total);

	const widths = natural.map(() => 0);
	let open = natural.map((_, i) => i);
	let remaining = total;
	for (;;) {
		const fair = remaining / open.length;
		const narrow = open.filter((i) => natural[i] <= fair);
		if (narrow.length === 0 || narrow.length === open.length) break;
		for (const i of narrow) {
			widths[i] = natural[i];
			remaining -= natural[i];
		}
		open = open.filter((i) => natural[i] > fair);
	}
	const openNatural = sum(open.map((i) => natural[i]));
	for (const i of open) widths[i] = Math.max(minimum[i], (natural[i] / openNatural) * remaining);

	const excess = sum(widths) - total;
	if (excess > 0) {
		const slack = widths.map((width, i) => width - minimum[i]);
		const totalSlack = sum(slack);
		return widths.map((width, i) => width - (slack[i] / totalSlack) * excess);
	}
	return widths;
}

/**
 * Okabe–Ito palette: distinguishable by readers with the common colour-vision deficiencies, and ordered so
 * that neighbours also differ in lightness when printed in grey.
 */
export const PALETTE = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#D55E00',
	'#F0E442',
	'#000000'
];

/** Colour of the i-th series or bar; cycles past the palette's end. */
export function colourAt(i: number): string {
	return PALETTE[i % PALETTE.length];
}

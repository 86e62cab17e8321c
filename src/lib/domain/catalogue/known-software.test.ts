import { describe, expect, test } from 'vitest';
import { matchKnownSoftware } from './known-software';

describe('matchKnownSoftware', () => {
	test.each([
		['Mozilla Firefox (x64 fr)', 'Mozilla Firefox', 'open-source'],
		['Mozilla Thunderbird (x64 fr)', 'Mozilla Thunderbird', 'open-source'],
		['7-Zip 24.09 (x64)', '7-Zip', 'open-source'],
		['GIMP 3.0.6', 'GIMP', 'open-source'],
		["QGIS 3.40.11 'Bratislava'", 'QGIS', 'open-source'],
		['Notepad++ (64-bit x64)', 'Notepad++', 'open-source'],
		['Google Chrome', 'Google Chrome', 'proprietary'],
		[
			'Microsoft Visual C++ 2015-2022 Redistributable (x64)',
			'Microsoft Visual C++ Redistributable',
			'proprietary'
		]
	])('%s is %s (%s)', (name, expected, model) => {
		const hit = matchKnownSoftware(name);
		expect(hit?.name).toBe(expected);
		expect(hit?.licenceModel).toBe(model);
	});

	test.each(['Logiciel ÉtatCivil Pro', 'Finaxis GF - poste client', ''])('%j is not known', (name) => {
		expect(matchKnownSoftware(name)).toBeNull();
	});

	test('open-source entries carry an SPDX identifier, proprietary ones none', () => {
		expect(matchKnownSoftware('VLC media player')?.spdxId).toBe('GPL-2.0-or-later');
		expect(matchKnownSoftware('Microsoft Edge')?.spdxId).toBeNull();
	});
});

/**
 * Common software that inventories (GLPI) list on a town hall's PCs, with the attributes the sovereignty
 * indicators need. They are not migration targets of the savings model (no costs here), only a way to classify
 * what is installed without asking the finance officer about 7-Zip. Licences are the projects' own statements.
 */
import type { ProductAttributes } from '../product';
import { normaliseProductName } from './match';

export interface KnownSoftware extends Omit<ProductAttributes, 'hosting'> {
	/** Names as inventories write them, version numbers and architecture left out (matched as word runs). */
	synonyms: string[];
}

const desktop = (
	name: string,
	vendor: string,
	vendorCountry: string,
	licence: { spdx: string } | 'proprietary',
	category: ProductAttributes['category'],
	synonyms: string[],
	openFormats: boolean | null = null
): KnownSoftware => ({
	name,
	vendor,
	vendorCountry,
	category,
	licenceModel: licence === 'proprietary' ? 'proprietary' : 'open-source',
	spdxId: licence === 'proprietary' ? null : licence.spdx,
	openFormats,
	synonyms
});

export const KNOWN_SOFTWARE: KnownSoftware[] = [
	desktop('Mozilla Firefox', 'Mozilla', 'US', { spdx: 'MPL-2.0' }, 'other', ['firefox', 'mozilla firefox']),
	desktop('Mozilla Thunderbird', 'Mozilla', 'US', { spdx: 'MPL-2.0' }, 'mail', [
		'thunderbird',
		'mozilla thunderbird'
	]),
	desktop('7-Zip', 'Igor Pavlov', 'RU', { spdx: 'LGPL-2.1-or-later' }, 'other', ['7 zip', '7zip']),
	desktop('GIMP', 'GNOME Foundation', 'US', { spdx: 'GPL-3.0-or-later' }, 'other', ['gimp'], true),
	desktop('Inkscape', 'Inkscape Project', 'US', { spdx: 'GPL-2.0-or-later' }, 'other', ['inkscape'], true),
	desktop('VLC media player', 'VideoLAN', 'FR', { spdx: 'GPL-2.0-or-later' }, 'other', [
		'vlc',
		'vlc media player'
	]),
	desktop('KeePassXC', 'KeePassXC Team', 'DE', { spdx: 'GPL-3.0-or-later' }, 'other', [
		'keepassxc',
		'keepass'
	]),
	desktop('QGIS', 'QGIS.org', 'CH', { spdx: 'GPL-2.0-or-later' }, 'maps', ['qgis'], true),
	desktop('Notepad++', 'Don Ho', 'FR', { spdx: 'GPL-3.0-or-later' }, 'other', ['notepad']),
	desktop('Greenshot', 'Greenshot', 'DE', { spdx: 'GPL-3.0-only' }, 'other', ['greenshot']),
	desktop('Google Chrome', 'Google', 'US', 'proprietary', 'other', ['google chrome', 'chrome']),
	desktop('Microsoft Edge', 'Microsoft', 'US', 'proprietary', 'other', ['microsoft edge', 'edge']),
	desktop('Microsoft Visual C++ Redistributable', 'Microsoft', 'US', 'proprietary', 'other', [
		'microsoft visual c',
		'visual c redistributable'
	]),
	desktop('Adobe Acrobat Reader', 'Adobe', 'US', 'proprietary', 'pdf', ['acrobat reader', 'adobe reader']),
	desktop('PDF24 Creator', 'Geek Software', 'DE', 'proprietary', 'pdf', ['pdf24', 'pdf24 creator']),
	desktop('TeamViewer', 'TeamViewer', 'DE', 'proprietary', 'other', ['teamviewer'])
];

const index = new Map<string, KnownSoftware>();
for (const s of KNOWN_SOFTWARE)
	for (const synonym of [s.name, ...s.synonyms]) index.set(normaliseProductName(synonym), s);
const maxWords = Math.max(...[...index.keys()].map((k) => k.split(' ').length));

/**
 * The known software an inventory name designates: the whole normalised name, else its longest leading run of
 * words ("Mozilla Firefox (x64 fr)" → "mozilla firefox"), so version suffixes do not matter.
 */
export function matchKnownSoftware(name: string): KnownSoftware | null {
	const words = normaliseProductName(name).split(' ');
	for (let n = Math.min(maxWords, words.length); n >= 1; n--) {
		const hit = index.get(words.slice(0, n).join(' '));
		if (hit) return hit;
	}
	return null;
}

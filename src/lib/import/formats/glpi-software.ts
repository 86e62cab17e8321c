/**
 * GLPI "Parc > Logiciels" export. GLPI ≤ 10.0: BOM, every value quoted, trailing `;`, `<br>` between the
 * values of a multi-valued cell, `"` written as `''`. GLPI 10.1/11: CRLF, multi-values on separate lines
 * inside the cell, headers `"<group> - <name>"`. Labels follow the user's language and chosen columns, so
 * the vocabulary is open. One inventory record per row.
 */
import type { ImportRecord } from '../types';
import { defineProfile } from './profile';
import { splitUnlimited, splitValues } from './records';

/** GLPI ≤ 10 joins values with a literal `<br>`; GLPI 11 puts them on separate lines. */
export const GLPI_MULTI_VALUE = /<br\s*\/?>|\r?\n/i;

export const glpiSoftware = defineProfile({
	id: 'glpi-software',
	label: 'GLPI — inventaire des logiciels',
	category: 'inventory',
	machineWritten: true,
	fields: {
		name: ['nom', 'name', 'logiciel - nom', 'logiciels - nom', 'software - name'],
		entity: ['entite', 'entity', 'entites'],
		publisher: ['editeur', 'publisher', 'fabricant', 'manufacturer', 'logiciel - editeur'],
		versions: ['versions - nom', 'version - nom', 'versions - name', 'versions', 'version'],
		os: [
			"versions - systeme d'exploitation",
			"version - systeme d'exploitation",
			'versions - operating system'
		],
		installations: [
			"nombre d'installations",
			"versions - nombre d'installations",
			'number of installations',
			'installations'
		],
		licences: [
			'licences - nombre',
			'licenses - number',
			'nombre de licences',
			'licences - nombre de licences'
		],
		category: ['categorie', 'category'],
		comment: ['commentaires', 'comments'],
		updated: ['derniere modification', 'last update'],
		id: ['id']
	},
	tables: [
		['name', 'publisher', 'installations'],
		['name', 'versions', 'installations'],
		['name', 'publisher', 'versions']
	],
	createMapper(env) {
		const { read, cols: c, format } = env;
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const productName = read.required(cells, c.name, 'le nom du logiciel');
			const vendor = read.text(cells, c.publisher);
			const entity = read.text(cells, c.entity);
			const versions = splitValues(read.text(cells, c.versions), GLPI_MULTI_VALUE);
			const installations = read.count(cells, c.installations);
			const licences = splitUnlimited(read.count(cells, c.licences));
			if (read.failed || productName === null) return;
			out.push({
				kind: 'inventory',
				key: `${format}|${entity ?? ''}|${productName}|${vendor ?? ''}`,
				line,
				productName,
				vendor,
				versions,
				installations: typeof installations === 'number' ? installations : null,
				licences: licences.value,
				entity,
				...(licences.unlimited ? { licencesUnlimited: true } : {})
			});
		};
	}
});

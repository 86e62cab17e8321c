/**
 * GLPI "Gestion > Licences" export (software licences: name, software, count, expiry, status, supplier).
 * Same file conventions as the software export. Serial numbers are licence keys: recognised, never read.
 * One licence record per row; "Illimité" seats give seats null and seatsUnlimited true.
 */
import type { ImportRecord } from '../types';
import { defineProfile } from './profile';
import { createLicenceRecord, splitUnlimited } from './records';

export const glpiLicences = defineProfile({
	id: 'glpi-licences',
	label: 'GLPI — licences logicielles',
	category: 'licences',
	machineWritten: true,
	fields: {
		name: ['nom', 'name', 'licence - nom', 'licences - nom'],
		entity: ['entite', 'entity'],
		software: ['logiciel', 'software', 'logiciel - nom', 'logiciels - nom', 'licences - logiciel'],
		publisher: ['editeur', 'publisher', 'fabricant', 'logiciel - editeur'],
		serial: ['numero de serie', 'serial number', 'n° de serie'],
		inventoryNumber: ["numero d'inventaire", 'inventory number'],
		number: ['nombre', 'number', 'nombre de licences', 'quantite'],
		assigned: ['affectees', 'nombre affecte', 'affectations', 'utilisees'],
		type: ['type', 'type de licence'],
		expiration: ["date d'expiration", 'expiration date', 'expiration', 'date de fin'],
		startDate: ['date de debut', 'date de mise en service', "date d'achat", 'purchase date'],
		status: ['statut', 'status', 'etat'],
		supplier: ['fournisseur', 'supplier'],
		price: ['valeur', 'value', 'prix', 'montant', 'montant ht'],
		comment: ['commentaires', 'comments']
	},
	// GLPI always writes the licence's own name next to its software: a hand-made list of software and end
	// dates ("Logiciel;Service;Nb licences;Date de fin") is a licence list for invoice-lines, not GLPI.
	tables: [
		['software', 'number', 'name'],
		['software', 'expiration', 'name'],
		['software', 'serial']
	],
	createMapper(env) {
		const { read, cols: c, format } = env;
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const name = read.text(cells, c.name);
			const productName = read.text(cells, c.software) ?? name;
			const entity = read.text(cells, c.entity);
			const seats = splitUnlimited(read.count(cells, c.number));
			const assigned = read.count(cells, c.assigned);
			const termStart = read.date(cells, c.startDate);
			const termEnd = read.date(cells, c.expiration);
			const amount = read.cents(cells, c.price);
			if (productName === null && c.software >= 0)
				read.fail(c.software, 'missing-value', 'valeur vide (attendu : le nom du logiciel).');
			if (read.failed || productName === null) return;
			out.push(
				createLicenceRecord({
					key: `${format}|${entity ?? ''}|${productName}|${name ?? ''}|${termEnd ?? ''}`,
					line,
					productName,
					vendor: read.text(cells, c.publisher),
					seats: seats.value,
					seatsAssigned: typeof assigned === 'number' ? assigned : null,
					amountExclTaxCents: amount,
					termStart,
					termEnd,
					service: entity,
					supplier: read.text(cells, c.supplier),
					reference: name,
					status: read.text(cells, c.status),
					...(seats.unlimited ? { seatsUnlimited: true } : {})
				})
			);
			if (termStart !== null || termEnd !== null)
				env.state.notePeriod(termStart ?? termEnd ?? '', termEnd ?? termStart ?? '');
		};
	}
});

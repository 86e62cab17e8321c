import { describe, expect, test } from 'vitest';
import { fr } from '../i18n/fr';
import { describeFormError } from './form-errors';

const lines = [{ productName: 'Zoom Workplace' }];
const labels = fr.scenarios.assumptions.labels;

describe('describeFormError', () => {
	test.each([
		['lines[0].seats : entier attendu.', 'Zoom Workplace — Postes : entier attendu.'],
		['lines[0] : objet attendu.', 'Zoom Workplace : objet attendu.'],
		[
			'assumptions.residualShare.low : doit être compris entre 0 et 1.',
			'Part des postes qui restent sous logiciel propriétaire (basse) : doit être compris entre 0 et 1.'
		],
		[
			'waves : la somme des vagues dépasse 100 % (120 %).',
			'Vagues : la somme des vagues dépasse 100 % (120 %).'
		],
		['waves[2] : nombre attendu.', 'Vagues : nombre attendu.'],
		['horizonYears : entier entre 1 et 30 attendu.', 'Horizon : entier entre 1 et 30 attendu.'],
		['Le scénario doit être un objet JSON.', 'Le scénario doit être un objet JSON.'],
		['inconnu.chemin : message', 'inconnu.chemin : message']
	])('%s reads %s', (error, expected) => {
		expect(describeFormError(error, lines, fr.scenarios.form, labels)).toBe(expected);
	});
});

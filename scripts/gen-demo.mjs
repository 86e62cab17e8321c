#!/usr/bin/env node
// gen-demo.mjs — the demo commune "Saint-Exemple-sur-Loire": about 450 agents in 12 services, a year (2025) of
// software spend and two usage snapshots, written as the CSV exports a real mairie would upload.
// Every file imitates the byte-level shape of a real export (see docs/csv-formats.md and tests/fixtures/csv/):
// encodings, delimiters, line endings, number/date/boolean vocabularies, title lines, totals and footers.
//
// Deterministic: seeded PRNG (mulberry32), no clock, no locale-dependent API, so the same seed gives the same bytes.
// Plain Node ESM, no dependencies. Names, e-mails, SIRET numbers and amounts are invented.
//
// Usage: node scripts/gen-demo.mjs [--out <dir>] [--seed <uint32>]   (default: <repo>/demo, seed 2025)

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------------------------
// Randomness, dates, text
// ---------------------------------------------------------------------------------------------------------------

function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// One independent stream per concern, so that changing one file's logic never shifts the others' bytes.
function fnv1a(text) {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

function createRng(seed, stream) {
	const next = mulberry32((seed ^ fnv1a(stream)) >>> 0);
	const int = (min, max) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		hex: (length) => Array.from({ length }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join(''),
		weighted: (entries) => {
			const total = entries.reduce((s, [, w]) => s + w, 0);
			let r = next() * total;
			for (const [value, w] of entries) if ((r -= w) < 0) return value;
			return entries[entries.length - 1][0];
		},
		shuffle: (items) => {
			const out = [...items];
			for (let i = out.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[out[i], out[j]] = [out[j], out[i]];
			}
			return out;
		}
	};
}

const DAY_MS = 86_400_000;
const toDays = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const fromDays = (days) => new Date(days * DAY_MS).toISOString().slice(0, 10);
const addDays = (iso, n) => fromDays(toDays(iso) + n);
const isWeekday = (iso) => ![0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());
const frDate = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const pad2 = (n) => String(n).padStart(2, '0');

function randomDate(rng, fromIso, toIso, weekdaysOnly = true) {
	for (;;) {
		const d = addDays(fromIso, rng.int(0, toDays(toIso) - toDays(fromIso)));
		if (!weekdaysOnly || isWeekday(d)) return d;
	}
}

function lastWeekdayOnOrBefore(iso) {
	let d = iso;
	while (!isWeekday(d)) d = addDays(d, -1);
	return d;
}

/** Plain ASCII slug for e-mail local parts: accents and ligatures folded, apostrophes and spaces dropped. */
function toAsciiSlug(text) {
	return text
		.replace(/œ/g, 'oe')
		.replace(/Œ/g, 'Oe')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['\s]/g, '');
}

// Locale-independent sort key (Intl collation may differ between Node builds; bytes must not).
const sortKey = (text) => toAsciiSlug(text).replace(/-/g, ' ');
const byKey = (key) => (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

// ---------------------------------------------------------------------------------------------------------------
// Money: integer cents, French renderings
// ---------------------------------------------------------------------------------------------------------------

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function formatCents(cents, thousandsSeparator) {
	const abs = Math.abs(cents);
	const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousandsSeparator);
	return `${cents < 0 ? '-' : ''}${euros},${pad2(abs % 100)}`;
}

/** Excel fr-FR "Monétaire" cell as displayed, hence as saved: "1 234,56 €" with U+00A0 twice. */
const excelEuros = (cents) => `${formatCents(cents, NBSP)}${NBSP}€`;
/** Finance-software export: U+202F thousands (ICU fr-FR), no currency sign. */
const erpAmount = (cents) => formatCents(cents, NNBSP);
/** VAT at 20 %, rounded half away from zero to the cent, so that TTC = round(HT × 1.2). */
const vatCents = (htCents) => Math.sign(htCents) * Math.floor((Math.abs(htCents) * 20 + 50) / 100);

// ---------------------------------------------------------------------------------------------------------------
// CSV writers and encoders
// ---------------------------------------------------------------------------------------------------------------

/** Quote only when needed, as Excel, Graph and most exporters do. */
function csvLine(fields, delimiter) {
	return fields
		.map((value) => {
			const text = value === null || value === undefined ? '' : String(value);
			return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
		})
		.join(delimiter);
}

/** GLPI <= 10.0 CSVSearchOutput: every value quoted then followed by the delimiter, '"' rewritten as ''. */
const glpiLine = (fields) => fields.map((v) => `"${String(v).replace(/"/g, "''")}";`).join('');

const CP1252_HIGH = new Map(
	[...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((ch, i) => [ch, 0x80 + i])
);

function encodeCp1252(text) {
	const bytes = [];
	for (const ch of text) {
		const cp = ch.codePointAt(0);
		if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) bytes.push(cp);
		else if (CP1252_HIGH.has(ch) && cp > 0xff) bytes.push(CP1252_HIGH.get(ch));
		else throw new Error(`character U+${cp.toString(16).toUpperCase()} cannot be written in windows-1252`);
	}
	return Buffer.from(bytes);
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const encodeUtf8 = (text, bom) =>
	Buffer.concat([bom ? UTF8_BOM : Buffer.alloc(0), Buffer.from(text, 'utf8')]);

// ---------------------------------------------------------------------------------------------------------------
// The commune
// ---------------------------------------------------------------------------------------------------------------

const COMMUNE = 'Saint-Exemple-sur-Loire';
const DOMAIN = 'saint-exemple.fr';
const TENANT = `Commune de ${COMMUNE}`;
const POSTCODE = '49999';
const REFRESH = '2025-12-01';
const REFRESH_EARLY = '2025-06-01';
const PILOT_SERVICE = 'Culture, sport et vie associative';

/** Luhn-valid invented SIRET: "21" (commune) + fictitious INSEE code + NIC, check digit computed. */
function makeSiret(prefix13) {
	for (let d = 0; d <= 9; d++) {
		const digits = `${prefix13}${d}`;
		let sum = 0;
		for (let i = 0; i < 14; i++) {
			let n = Number(digits[13 - i]);
			if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
			sum += n;
		}
		if (sum % 10 === 0) return digits;
	}
	throw new Error('unreachable');
}
const SIRET = makeSiret('2149999000001');

// name, agents, office, job titles (the first is the head of service; "masculine|feminine" when the two differ)
// prettier-ignore
const SERVICES = [
	['Direction générale', 16, 'Hôtel de ville', ['Directeur général des services|Directrice générale des services', 'Directeur général adjoint|Directrice générale adjointe', 'Assistant de direction|Assistante de direction', 'Chargé de mission|Chargée de mission', 'Juriste', 'Chef de cabinet|Cheffe de cabinet', 'Chargé de la commande publique|Chargée de la commande publique']],
	['Finances', 14, 'Hôtel de ville', ['Responsable des finances', 'Gestionnaire comptable', 'Gestionnaire budgétaire', 'Contrôleur de gestion|Contrôleuse de gestion', 'Agent comptable, pôle dépenses|Agente comptable, pôle dépenses']],
	['Ressources humaines', 12, 'Hôtel de ville', ['Directeur des ressources humaines|Directrice des ressources humaines', 'Gestionnaire carrière et paie', 'Chargé de formation|Chargée de formation', 'Gestionnaire paie']],
	['État civil et population', 22, 'Hôtel de ville', ['Responsable état civil', 'Officier d\u2019état civil délégué|Officière d\u2019état civil déléguée', 'Agent d\u2019accueil|Agente d\u2019accueil', 'Agent des formalités administratives|Agente des formalités administratives', 'Agent élections et recensement|Agente élections et recensement']],
	['Urbanisme', 12, 'Hôtel de ville - annexe', ['Responsable urbanisme', 'Instructeur droit des sols|Instructrice droit des sols', 'Assistant urbanisme|Assistante urbanisme', 'Chargé du foncier|Chargée du foncier', 'Technicien SIG|Technicienne SIG']],
	['Services techniques', 140, 'Centre technique municipal', ['Directeur des services techniques|Directrice des services techniques', 'Agent des espaces verts|Agente des espaces verts', 'Agent de voirie|Agente de voirie', 'Agent de maintenance des bâtiments|Agente de maintenance des bâtiments', 'Électricien|Électricienne', 'Chef d\u2019équipe|Cheffe d\u2019équipe', 'Agent de propreté urbaine|Agente de propreté urbaine', 'Mécanicien|Mécanicienne', 'Technicien bâtiment|Technicienne bâtiment', 'Magasinier|Magasinière']],
	[PILOT_SERVICE, 50, 'Médiathèque', ['Directeur de la culture, du sport et de la vie associative|Directrice de la culture, du sport et de la vie associative', 'Bibliothécaire', 'Assistant de conservation|Assistante de conservation', 'Éducateur sportif|Éducatrice sportive', 'Gardien de gymnase|Gardienne de gymnase', 'Chargé des associations|Chargée des associations', 'Médiateur culturel|Médiatrice culturelle', 'Régisseur spectacles|Régisseuse spectacles']],
	['Éducation et petite enfance', 112, 'Groupe scolaire Jules-Ferry', ['Directeur éducation et petite enfance|Directrice éducation et petite enfance', 'ATSEM', 'Animateur périscolaire|Animatrice périscolaire', 'Auxiliaire de puériculture', 'Agent de restauration scolaire|Agente de restauration scolaire', 'Éducateur de jeunes enfants|Éducatrice de jeunes enfants', 'Coordinateur périscolaire|Coordinatrice périscolaire']],
	['Action sociale (CCAS)', 33, 'Maison des solidarités', ['Directeur du CCAS|Directrice du CCAS', 'Travailleur social|Travailleuse sociale', 'Conseiller en économie sociale et familiale|Conseillère en économie sociale et familiale', 'Agent d\u2019accueil social|Agente d\u2019accueil social', 'Aide à domicile']],
	['Police municipale', 18, 'Poste de police municipale', ['Chef de service de police municipale|Cheffe de service de police municipale', 'Brigadier-chef principal|Brigadière-cheffe principale', 'Gardien-brigadier|Gardienne-brigadière', 'Agent de surveillance de la voie publique|Agente de surveillance de la voie publique', 'Opérateur de vidéoprotection|Opératrice de vidéoprotection']],
	['Communication', 8, 'Hôtel de ville', ['Responsable communication', 'Chargé de communication|Chargée de communication', 'Graphiste', 'Webmestre', 'Photographe']],
	['Informatique', 7, 'Hôtel de ville', ['Responsable des systèmes d\u2019information', 'Technicien informatique|Technicienne informatique', 'Administrateur systèmes et réseaux|Administratrice systèmes et réseaux', 'Chargé de support|Chargée de support']]
];

const FEMININE_FIRST_NAMES = (
	'Marie Hélène Agathe Léa Céline Chloé Sophie Camille Inès Manon Emma Lucie Nathalie Isabelle Sylvie ' +
	'Catherine Valérie Sandrine Véronique Patricia Karine Aurélie Émilie Julie Audrey Mélanie Caroline Élodie Virginie Delphine ' +
	'Laetitia Anaïs Gaëlle Maëlle Noémie Océane Zoé Françoise Monique Martine Brigitte Chantal Mireille Marie-Hélène ' +
	'Anne-Sophie Marie-Claude Fatima Nadia Samira Yasmine Aïcha Awa Jessica Solène Margaux Justine Pauline Morgane Tiphaine ' +
	'Bérénice Ophélie Annick Yvonne Estelle Florence'
).split(' ');
const MASCULINE_FIRST_NAMES = (
	'Jean Éric François Thomas Noël Nicolas Pierre Julien Hugo Louis Paul Arthur Christophe Stéphane ' +
	'Laurent Sébastien Frédéric Philippe Clément Maxime Antoine Romain Guillaume Jérôme Cédric Benoît Grégory Mickaël Loïc ' +
	'Yannick Hervé Thierry Pascal Didier Olivier Mathieu Vincent David Alexandre Fabrice Rémi Joël Raphaël Gaël Bruno ' +
	'Dominique Claude Jean-François Jean-Luc Pierre-Yves Karim Mehdi Sofiane Ibrahim Moussa Kevin Ludovic Gwenaël Cyril Damien'
).split(' ');

const LAST_NAMES = (
	'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia ' +
	'David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier ' +
	'Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine ' +
	'Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas ' +
	'Meunier Pérez Marchand Dufour Blanchard Barbier Brun Dumas Brunet Schmitt Leroux Colin Fernandez Renard Arnaud ' +
	'Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois Renaud Lemoine Picard Gaillard Lacroix Fabre Dupuis Olivier ' +
	'Rodriguez Hubert Guillot Rivière Guillaume Adam Rey Moulin Gonzalez Berger Lecomte Ménard Fleury Deschamps Carpentier ' +
	'Maillard Marchal Aubry Vasseur Renault Jacquet Collet Prévost Poirier Charpentier Royer Huet Baron Dupuy Pons Carré ' +
	'Breton Rémy Schneider Perrot Guyot Barré Marty Cousin Lecœur Besnard Chauvin Cordier Bouvier Tessier Hamon Diallo ' +
	'Benali Haddad Mendès Pereira Ferreira Garçon Bénard Perrault Lebreton Pasquier Pichon Raimbault Chesnel Gaudin Launay ' +
	'Chéreau Hervé Gallais Bréhéret Coutant Moisan Ollivier Tardif Guillou Pineau'
)
	.split(' ')
	.concat(['Le Goff', 'Le Gall', "N'Diaye", "D'Almeida", 'Da Silva']);

// Shared mailboxes: no licence (Exchange shared mailboxes are free), sign-in blocked.
const SHARED_MAILBOXES = [
	['accueil', 'Accueil mairie', 'État civil et population'],
	['etat-civil', 'État civil', 'État civil et population'],
	['urbanisme', 'Urbanisme (boîte partagée)', 'Urbanisme'],
	['police-municipale', 'Police municipale (boîte partagée)', 'Police municipale'],
	['ccas', 'CCAS accueil', 'Action sociale (CCAS)'],
	['communication', 'Service communication', 'Communication']
];

// Microsoft 365 plans. Display names as in the admin center export; upper case as in the usage reports.
const PLANS = {
	BS: { licenses: 'Microsoft 365 Business Standard', products: 'MICROSOFT 365 BUSINESS STANDARD' },
	E3: {
		licenses: 'Microsoft 365 E3 (no Teams)+Microsoft Teams Enterprise',
		products: 'MICROSOFT 365 E3 (NO TEAMS)+MICROSOFT TEAMS ENTERPRISE'
	}
};
const E3_QUOTA = {
	'Direction générale': 10,
	Finances: 12,
	'Ressources humaines': 8,
	Informatique: 6,
	Urbanisme: 3
};
const UNLICENSED_FIELD_QUOTA = { 'Services techniques': 15, 'Éducation et petite enfance': 10 };
// Share of licensed agents with no Microsoft 365 Apps activity in the last 30 days (Dec. 2025), per service.
const SHELF_RATE = {
	'Services techniques': 0.2,
	'Éducation et petite enfance': 0.22,
	'Police municipale': 0.1,
	[PILOT_SERVICE]: 0.08
};

function buildAgents(rng) {
	const agents = [];
	const used = new Set();
	let serviceIndex = 0;
	for (const [service, count, office, titles] of SERVICES) {
		for (let i = 0; i < count; i++) {
			let first, last, local;
			const feminine = rng.chance(
				service === 'Services techniques' || service === 'Police municipale' ? 0.3 : 0.68
			);
			do {
				first = rng.pick(feminine ? FEMININE_FIRST_NAMES : MASCULINE_FIRST_NAMES);
				last = rng.pick(LAST_NAMES);
				local = `${toAsciiSlug(first)}.${toAsciiSlug(last)}`;
			} while (used.has(local));
			used.add(local);
			const site =
				service === PILOT_SERVICE && i % 3 === 2
					? 'Complexe sportif des Varennes'
					: service === 'Éducation et petite enfance' && i % 4 === 3
						? 'Multi-accueil Les Petits Mousses'
						: office;
			agents.push({
				index: agents.length,
				serviceIndex,
				first,
				last,
				displayName: `${first} ${last}`,
				upn: `${local}@${DOMAIN}`,
				service,
				office: site,
				title: genderTitle(i === 0 ? titles[0] : rng.pick(titles.slice(1)), feminine),
				isHead: i === 0,
				objectId: '',
				plan: null,
				blocked: false,
				departed: false,
				created: '',
				shared: false
			});
		}
		serviceIndex++;
	}
	for (const agent of agents) agent.objectId = guid(rng);

	// Hire dates; ten agents arrived after the June snapshot.
	for (const agent of agents) agent.created = randomDate(rng, '2014-09-01', '2025-05-23');
	for (const agent of rng.shuffle(agents.filter((a) => !a.isHead)).slice(0, 10))
		agent.created = randomDate(rng, '2025-06-02', '2025-11-14');

	// Licences: E3 for the administrative core, nothing for some field agents, Business Standard for the rest.
	const pool = (service) =>
		rng.shuffle(agents.filter((a) => a.service === service && a.plan === null && !a.noLicence));
	for (const [service, n] of Object.entries(E3_QUOTA))
		for (const a of pool(service).slice(0, n)) a.plan = 'E3';
	for (const [service, n] of Object.entries(UNLICENSED_FIELD_QUOTA))
		for (const a of pool(service)
			.filter((x) => x.created < REFRESH_EARLY)
			.slice(0, n))
			a.noLicence = true;
	for (const a of agents) if (!a.noLicence && a.plan === null) a.plan = 'BS';

	// Departures: blocked accounts. Five kept their Business Standard licence (paid for nothing), three were cleaned up.
	const leavers = rng.shuffle(agents.filter((a) => a.plan === 'BS' && a.created < '2024-01-01' && !a.isHead));
	for (const a of leavers.slice(0, 8)) {
		a.blocked = true;
		a.departed = true;
		a.leftOn = randomDate(rng, '2025-07-04', '2025-10-31');
	}
	for (const a of leavers.slice(5, 8)) {
		a.plan = null;
		a.formerPlan = 'BS';
	}
	return agents;
}

function genderTitle(title, feminine) {
	const forms = title.split('|');
	return forms[feminine ? forms.length - 1 : 0];
}

function guid(rng) {
	const h = rng.hex(32);
	const variant = '89ab'[Math.floor(rng.next() * 4)];
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function buildSharedMailboxes(rng) {
	return SHARED_MAILBOXES.map(([local, displayName, service]) => ({
		displayName,
		first: '',
		last: '',
		upn: `${local}@${DOMAIN}`,
		service,
		office: 'Hôtel de ville',
		title: '',
		objectId: guid(rng),
		plan: null,
		blocked: true,
		departed: false,
		created: randomDate(rng, '2019-01-07', '2021-06-30'),
		shared: true
	}));
}

// ---------------------------------------------------------------------------------------------------------------
// Microsoft 365 usage model: stable per-agent habits, then one draw per snapshot
// ---------------------------------------------------------------------------------------------------------------

const PLATFORMS = ['Windows', 'Mac', 'Mobile', 'Web'];
const APPS = ['Outlook', 'Word', 'Excel', 'PowerPoint', 'OneNote', 'Teams'];

function assignHabits(rng, agents) {
	let macs = 0;
	for (const a of agents) {
		const s = a.service;
		a.persona =
			s === 'Services techniques'
				? rng.weighted([
						['mobile', 45],
						['web', 25],
						['desktop', 30]
					])
				: s === 'Éducation et petite enfance'
					? rng.weighted([
							['web', 55],
							['desktop', 35],
							['mobile', 10]
						])
					: s === 'Police municipale'
						? rng.weighted([
								['mobile', 50],
								['desktop', 50]
							])
						: s === PILOT_SERVICE || s === 'Action sociale (CCAS)'
							? rng.weighted([
									['desktop', 85],
									['web', 15]
								])
							: rng.weighted([
									['desktop', 97],
									['web', 3]
								]);
		if (s === 'Communication' && a.persona === 'desktop' && macs < 3) {
			a.persona = 'mac';
			macs++;
		}
		a.usesMobile = rng.chance(s === 'Police municipale' ? 0.8 : s === 'Services techniques' ? 0.5 : 0.3);
		a.usesWeb = rng.chance(0.3);
		a.word = rng.chance(0.85);
		a.excel = rng.chance(s === 'Finances' || s === 'Ressources humaines' ? 0.95 : 0.6);
		a.powerpoint = rng.chance(s === 'Communication' || s === 'Direction générale' ? 0.7 : 0.2);
		a.onenote = rng.chance(0.06);
		a.teams = rng.chance(a.plan === 'E3' ? 0.95 : 0.8);
		a.teamsMobile = rng.chance(0.35);
		a.shelfDec = a.departed || rng.chance(SHELF_RATE[s] ?? 0.04);
		a.activeInJuneAnyway = rng.chance(0.35);
		a.pilotKeepsExcel = rng.chance(0.15);
		const activates = a.persona === 'desktop' || a.persona === 'mac' || rng.chance(0.2);
		const from = a.created > '2021-09-01' ? a.created : '2021-09-01';
		const activation = randomDate(rng, from, from > '2025-05-16' ? addDays(from, 10) : '2025-05-16');
		a.activation = activates ? activation : '';
		const oldFrom = a.created > '2024-03-01' ? a.created : '2024-03-01';
		const hasOld = rng.chance(0.55) && oldFrom < '2025-04-25';
		a.oldActivity = hasOld ? randomDate(rng, oldFrom, '2025-04-25') : '';
	}
}

/** The snapshot an agent appears in, or null: the Apps report lists users holding an Apps licence at that date. */
function isInAppsReport(agent, refresh) {
	if (agent.created >= refresh) return false;
	return refresh === REFRESH ? agent.plan !== null : agent.plan !== null || Boolean(agent.formerPlan);
}

function isActiveInSnapshot(agent, refresh) {
	if (refresh === REFRESH) return !agent.shelfDec;
	return agent.departed || !agent.shelfDec || agent.activeInJuneAnyway;
}

function drawAppsUsage(rng, agent, refresh) {
	const periodEnd = addDays(refresh, -1);
	const periodStart = addDays(refresh, -30);
	const on = {};
	for (const p of PLATFORMS) for (const app of APPS) on[`${app} (${p})`] = false;
	const active = isActiveInSnapshot(agent, refresh);
	let lastActivity;
	if (active) {
		const pilot = refresh === REFRESH && agent.service === PILOT_SERVICE;
		if (agent.persona === 'desktop' || agent.persona === 'mac') {
			const p = agent.persona === 'mac' ? 'Mac' : 'Windows';
			on[`Outlook (${p})`] = true;
			on[`Word (${p})`] = agent.word && !pilot;
			on[`Excel (${p})`] = agent.excel && (!pilot || agent.pilotKeepsExcel);
			on[`PowerPoint (${p})`] = agent.powerpoint && !pilot;
			on[`OneNote (${p})`] = agent.onenote && !pilot;
			on[`Teams (${p})`] = agent.teams;
			if (agent.usesWeb) {
				on['Excel (Web)'] = agent.excel && !pilot && rng.chance(0.4);
				on['Word (Web)'] = agent.word && !pilot && rng.chance(0.2);
				on['Outlook (Web)'] = rng.chance(0.2);
			}
		} else if (agent.persona === 'web') {
			on['Outlook (Web)'] = true;
			on['Word (Web)'] = agent.word && rng.chance(0.3);
			on['Excel (Web)'] = agent.excel && rng.chance(0.2);
			on['Teams (Web)'] = agent.teams && rng.chance(0.4);
		} else {
			on['Outlook (Mobile)'] = true;
			on['Teams (Mobile)'] = agent.teams && rng.chance(0.6);
		}
		if (agent.usesMobile && agent.persona !== 'mobile') {
			on['Outlook (Mobile)'] = true;
			on['Teams (Mobile)'] = agent.teams && agent.teamsMobile;
		}
		const office = agent.persona === 'desktop' || agent.persona === 'mac';
		lastActivity =
			office && rng.chance(0.8)
				? lastWeekdayOnOrBefore(periodEnd)
				: randomDate(rng, addDays(periodEnd, office ? -10 : -20), periodEnd, office);
	} else {
		const leftBefore = agent.departed && refresh === REFRESH ? addDays(agent.leftOn, -rng.int(1, 3)) : '';
		lastActivity =
			leftBefore || (agent.oldActivity && agent.oldActivity < periodStart ? agent.oldActivity : '');
	}
	const flags = {};
	for (const p of PLATFORMS) flags[p] = APPS.some((app) => on[`${app} (${p})`]);
	for (const app of APPS) flags[app] = PLATFORMS.some((p) => on[`${app} (${p})`]);
	return {
		lastActivation: agent.activation && agent.activation < refresh ? agent.activation : '',
		lastActivity,
		on,
		flags,
		active
	};
}

// ---------------------------------------------------------------------------------------------------------------
// 2025 software spend: invoice lines (one per line of the finance officer's sheet)
// ---------------------------------------------------------------------------------------------------------------

const RESELLER = 'Loire Numérique Services';
// Publisher of each product and the country whose law governs it (the supplier may be a French reseller).
const PRODUCT_VENDORS = {
	'Microsoft 365 Business Standard': ['Microsoft', 'US'],
	'Microsoft 365 E3': ['Microsoft', 'US'],
	'Microsoft Teams Enterprise': ['Microsoft', 'US'],
	'Windows 11 Pro': ['Microsoft', 'US'],
	'Windows 10 ESU': ['Microsoft', 'US'],
	'Finaxis GF': ['Finaxis Collectivités', 'FR'],
	'Google Analytics': ['Google', 'US'],
	'Google Maps Platform': ['Google', 'US'],
	'Zoom Workplace Business': ['Zoom', 'US'],
	CitéPortail: ['CitéPortail SAS', 'FR'],
	'Sitéo CMS': ['Sitéo Collectivités', 'FR'],
	'Adobe Acrobat Pro': ['Adobe', 'US'],
	'Dropbox Business Standard': ['Dropbox', 'US'],
	'Formation LibreOffice': ['Formalibre Val de Loire', 'FR']
};
const MONTHS_FR =
	'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');

/**
 * Seat lines carry qty × unit price (cents HT); lump sums carry qty 1. `product` is the catalogue name the app
 * should recognise; `fonction` (M57 functional code) and `objet` feed the finance-software export.
 */
function buildInvoiceLines(rng) {
	const seat = (o) => ({ renewal: 'Oui', start: '', end: '', comment: '', fonction: '020', ...o });
	// prettier-ignore
	const lines = [
		seat({ supplier: RESELLER, number: 'LNS-F25-0007', date: '2025-01-08', label: 'Microsoft 365 Business Standard - 380 utilisateurs (abonnement annuel)', product: 'Microsoft 365 Business Standard', account: '6156', qty: 380, unit: 12600, start: '2025-01-01', end: '2025-12-31', comment: 'Tous services - 10,50 € HT par mois et par utilisateur', objet: 'M365 Business Standard 380 util.' }),
		seat({ supplier: RESELLER, number: 'LNS-F25-0008', date: '2025-01-08', label: 'Microsoft 365 E3 (sans Teams) - 40 utilisateurs (abonnement annuel)', product: 'Microsoft 365 E3', account: '6156', qty: 40, unit: 42480, start: '2025-01-01', end: '2025-12-31', comment: 'Direction générale, Finances, RH, Informatique, Urbanisme', objet: 'M365 E3 et Teams Enterprise 40 util.' }),
		seat({ supplier: RESELLER, number: 'LNS-F25-0008', date: '2025-01-08', label: 'Microsoft Teams Enterprise - 40 utilisateurs (abonnement annuel)', product: 'Microsoft Teams Enterprise', account: '6156', qty: 40, unit: 6300, start: '2025-01-01', end: '2025-12-31', comment: 'Obligatoire avec E3 depuis le dégroupage de Teams', objet: 'M365 E3 et Teams Enterprise 40 util.' }),
		seat({ supplier: 'Finaxis Collectivités', number: 'FX/2025/0147', date: '2025-01-21', label: 'Finaxis GF - redevance annuelle de licence (25 utilisateurs)', product: 'Finaxis GF', account: '6156', qty: 25, unit: 59200, start: '2025-01-01', end: '2025-12-31', comment: 'Service Finances - gestion financière et comptable', objet: 'Finaxis GF redevance 2025' }),
		seat({ supplier: 'Finaxis Collectivités', number: 'FX/2025/0148', date: '2025-01-21', label: 'Finaxis GF - maintenance et assistance 2025', product: 'Finaxis GF', account: '6156', qty: 1, unit: 592000, start: '2025-01-01', end: '2025-12-31', comment: 'Service Finances', objet: 'Finaxis GF maintenance 2025' }),
		seat({ supplier: 'Webmétrie Loire Conseil', number: 'WLC-2025-004', date: '2025-01-31', label: 'Mesure d\u2019audience du site internet (Google Analytics 4) - forfait annuel', product: 'Google Analytics', account: '611', qty: 1, unit: 396000, start: '2025-01-01', end: '2025-12-31', comment: 'Service Communication', fonction: '023', objet: 'Mesure audience site internet 2025' }),
		seat({ supplier: 'Zoom Video Communications, Inc.', number: 'INV-205418873', date: '2025-02-03', label: 'Zoom Workplace Business - 25 licences (annuel)', product: 'Zoom Workplace Business', account: '6156', qty: 25, unit: 20280, start: '2025-02-01', end: '2026-01-31', comment: 'Réunions avec les partenaires extérieurs', objet: 'Zoom Workplace 25 licences' }),
		seat({ supplier: 'CitéPortail SAS', number: 'CP-25-0318', date: '2025-02-10', label: 'CitéPortail - portail citoyen et démarches en ligne, abonnement 2025', product: 'CitéPortail', account: '611', qty: 1, unit: 960000, start: '2025-01-01', end: '2025-12-31', comment: 'État civil, Urbanisme, CCAS', objet: 'Portail citoyen abonnement 2025' }),
		seat({ supplier: 'Sitéo Collectivités', number: 'SIT-2025-0042', date: '2025-02-14', label: 'Sitéo CMS - licence, hébergement et maintenance du site internet', product: 'Sitéo CMS', account: '611', qty: 1, unit: 780000, start: '2025-03-01', end: '2026-02-28', comment: 'Marché 2024-017 (3 ans)\nÉchéance du marché : 28/02/2027', fonction: '023', objet: 'Site internet CMS hébergement' }),
		seat({ supplier: RESELLER, number: 'LNS-F25-0061', date: '2025-03-12', label: 'Adobe Acrobat Pro - 32 licences (programme VIP, annuel)', product: 'Adobe Acrobat Pro', account: '6156', qty: 32, unit: 23988, start: '2025-03-15', end: '2026-03-14', objet: 'Adobe Acrobat Pro 32 licences' }),
		seat({ supplier: RESELLER, number: 'LNS-F25-0064', date: '2025-03-14', label: 'Windows 11 Professionnel - 24 licences (postes neufs)', product: 'Windows 11 Pro', account: '2051', qty: 24, unit: 19900, renewal: 'Non', comment: 'Investissement - renouvellement de 24 postes', objet: 'Licences Windows 11 Pro x24' }),
		seat({ supplier: 'Dropbox International Unlimited Company', number: 'DBX-2025-448812', date: '2025-04-02', label: 'Dropbox Business Standard - 15 utilisateurs', product: 'Dropbox Business Standard', account: '6156', qty: 15, unit: 16800, start: '2025-04-01', end: '2026-03-31', comment: 'Service Communication (photothèque partagée)', fonction: '023', objet: 'Dropbox Business 15 util.' }),
		seat({ supplier: RESELLER, number: 'AV-LNS-25-0009', date: '2025-05-20', label: 'Avoir - Adobe Acrobat Pro - 2 licences résiliées (prorata 10 mois)', product: 'Adobe Acrobat Pro', account: '6156', qty: 2, unit: -19990, start: '2025-05-15', end: '2026-03-14', renewal: 'Non', comment: 'Avoir', objet: 'Avoir Acrobat Pro 2 licences' }),
		seat({ supplier: 'Formalibre Val de Loire', number: 'FVL-25-031', date: '2025-09-16', label: 'Formation LibreOffice Writer et Calc - pilote, 2 sessions (12 agents)', product: 'Formation LibreOffice', account: '6184', qty: 2, unit: 90000, renewal: 'Non', comment: `Service "${PILOT_SERVICE}"`, objet: 'Formation LibreOffice ; pilote Culture' }),
		seat({ supplier: RESELLER, number: 'LNS-F25-0212', date: '2025-10-06', label: 'Windows 10 ESU (mises à jour de sécurité étendues) - année 1 - 120 postes', product: 'Windows 10 ESU', account: '6156', qty: 120, unit: 5600, start: '2025-10-14', end: '2026-10-13', renewal: 'Non', comment: 'Environ 61 $ par poste ; année 2 au double du prix', objet: 'Windows 10 ESU an 1 120 postes' })
	];
	// Google Maps Platform is billed monthly, in arrears, on actual map loads.
	for (let m = 0; m < 12; m++) {
		const usageMonth = m === 0 ? '2024-12' : `2025-${pad2(m)}`;
		const start = `${usageMonth}-01`;
		const end = addDays(m === 11 ? '2025-12-01' : `2025-${pad2(m + 1)}-01`, -1);
		const cents = rng.int(16000, 34000) + (m >= 5 && m <= 7 ? 9000 : 0); // summer tourism peak
		const monthName = MONTHS_FR[Number(usageMonth.slice(5, 7)) - 1];
		lines.push(
			seat({
				supplier: 'Google Ireland Limited',
				number: String(5243781000 + 117 * (m + 1) + rng.int(0, 99)),
				date: `2025-${pad2(m + 1)}-03`,
				label: `Google Maps Platform - carte interactive du site (usage ${monthName} ${usageMonth.slice(0, 4)})`,
				product: 'Google Maps Platform',
				account: '611',
				qty: 1,
				unit: cents,
				start,
				end,
				comment: 'Facturation à l\u2019usage',
				fonction: '023',
				objet: `Google Maps ${monthName} ${usageMonth.slice(0, 4)}`
			})
		);
	}
	for (const line of lines) {
		line.ht = line.qty * line.unit;
		line.tva = vatCents(line.ht);
		line.ttc = line.ht + line.tva;
	}
	return lines.sort(byKey((l) => l.date));
}

// Verbatim from tests/fixtures/csv/finances_factures-logiciels_excel-fr_cp1252.csv.
const INVOICE_HEADER =
	'Fournisseur;N° facture;Date facture;Logiciel / prestation;Compte (M57);Montant HT;TVA;Montant TTC;Début période;Fin période;Reconduction tacite;Commentaire'.split(
		';'
	);

function renderInvoices(lines) {
	const rows = lines.map((l) => [
		l.supplier,
		l.number,
		frDate(l.date),
		l.label,
		l.account,
		excelEuros(l.ht),
		excelEuros(l.tva),
		excelEuros(l.ttc),
		l.start && frDate(l.start),
		l.end && frDate(l.end),
		l.renewal,
		l.comment
	]);
	// Excel writes formatted-but-empty rows as bare separators.
	const blank = ';'.repeat(INVOICE_HEADER.length - 1);
	const text =
		[INVOICE_HEADER, ...rows]
			.map((r) => csvLine(r, ';'))
			.concat([blank, blank])
			.join('\r\n') + '\r\n';
	return encodeCp1252(text);
}

// ---------------------------------------------------------------------------------------------------------------
// Finance software: the mandats paying those invoices (TTC), one per invoice
// ---------------------------------------------------------------------------------------------------------------

// Finance software keeps third parties in upper-case ASCII.
const erpName = (text) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[,.]/g, '')
		.toUpperCase();

function buildMandats(rng, lines) {
	const byInvoice = new Map();
	for (const l of lines) {
		const m = byInvoice.get(l.number);
		if (m) {
			m.ht += l.ht;
			m.ttc += l.ttc;
		} else
			byInvoice.set(l.number, {
				invoice: l.number,
				supplier: l.supplier,
				account: l.account,
				fonction: l.fonction,
				objet: l.objet,
				date: l.date,
				ht: l.ht,
				ttc: l.ttc
			});
	}
	const mandats = [...byInvoice.values()].map((m) => {
		let issued = addDays(m.date, rng.int(6, 20));
		while (!isWeekday(issued)) issued = addDays(issued, 1);
		return { ...m, issued };
	});
	mandats.sort(byKey((m) => `${m.issued}|${m.invoice}`));
	let number = 17;
	for (const m of mandats) {
		number += rng.int(4, 38);
		m.number = number;
		m.bordereau = Math.floor((toDays(m.issued) - toDays('2025-01-01')) / 7) + 1;
	}
	return mandats;
}

function renderMandats(mandats, editor) {
	const header = [
		'Exercice',
		'N° mandat',
		'N° bordereau',
		'Date émission',
		'Imputation',
		'Fonction',
		'Tiers',
		'Objet',
		'Montant HT',
		'Montant TTC'
	];
	const totalHt = mandats.reduce((s, m) => s + m.ht, 0);
	const totalTtc = mandats.reduce((s, m) => s + m.ttc, 0);
	const lines = [
		`Commune de ${COMMUNE} - SIRET ${SIRET}`,
		'Budget principal - Nomenclature M57',
		'Liste des mandats émis du 01/01/2025 au 31/12/2025 - sélection : logiciels et services numériques',
		`Édité le 12/01/2026 à 09:15 par ${editor}`,
		'',
		csvLine(header, ';'),
		...mandats.map((m) =>
			csvLine(
				[
					2025,
					m.number,
					m.bordereau,
					frDate(m.issued),
					m.account,
					m.fonction,
					erpName(m.supplier),
					m.objet,
					erpAmount(m.ht),
					erpAmount(m.ttc)
				],
				';'
			)
		),
		csvLine(['', '', '', '', '', '', '', 'TOTAL GÉNÉRAL', erpAmount(totalHt), erpAmount(totalTtc)], ';'),
		`Nombre de mandats : ${mandats.length}`
	];
	return encodeUtf8(lines.join('\r\n') + '\r\n', true);
}

// ---------------------------------------------------------------------------------------------------------------
// Microsoft 365 admin center: "Exporter les utilisateurs", re-saved by Excel fr-FR
// ---------------------------------------------------------------------------------------------------------------

const STREETS = {
	'Hôtel de ville': '1 place de la Mairie',
	'Hôtel de ville - annexe': '3 rue des Tanneurs',
	'Centre technique municipal': "12 rue de l'Industrie",
	Médiathèque: '5 quai de Loire',
	'Complexe sportif des Varennes': 'chemin des Varennes',
	'Groupe scolaire Jules-Ferry': '18 avenue Jules-Ferry',
	'Multi-accueil Les Petits Mousses': '2 allée des Mousses',
	'Maison des solidarités': '7 rue du Port',
	'Poste de police municipale': '1 bis place de la Mairie'
};

// csv-formats §2.2, in order.
const USERS_HEADER = (
	'Block credential,City,Country/Region,Department,DirSyncEnabled,Display name,Fax,First name,Last dirsync time,' +
	'Last name,Last password change time stamp,License assignment details,Licenses,Mobile Phone,Oath token metadata,' +
	'Object Id,Office,Password never expires,Phone number,Postal code,Preferred data location,Preferred language,' +
	'Proxy addresses,Release track,Soft deletion time stamp,State,Street address,Strong password required,Title,' +
	'Usage location,User principal name,When created'
).split(',');

const phone = (rng, prefix, pairs) =>
	[prefix, ...Array.from({ length: pairs }, () => pad2(rng.int(0, 99)))].join(' ');
const frDateTime = (rng, iso) => `${frDate(iso)} ${pad2(rng.int(8, 17))}:${pad2(rng.int(0, 59))}`;

function renderUsersExport(rng, accounts) {
	const rows = [...accounts].sort(byKey((a) => sortKey(a.displayName))).map((a) => {
		const local = a.upn.split('@')[0];
		const pwdFrom = a.created > '2024-11-01' ? a.created : '2024-11-01';
		const pwdTo = a.departed ? a.leftOn : '2025-11-28';
		const passwordChanged = a.shared ? a.created : randomDate(rng, pwdFrom < pwdTo ? pwdFrom : pwdTo, pwdTo);
		const deskPhone = !a.shared && a.persona !== 'mobile' && rng.chance(0.7) ? phone(rng, '02 41 99', 2) : '';
		const mobile =
			!a.shared && (a.persona === 'mobile' || a.service === 'Police municipale') && rng.chance(0.6)
				? phone(rng, '06', 4)
				: '';
		// Excel fr-FR shows the export's True/False as its own booleans and saves them as displayed (VRAI/FAUX).
		return [
			a.blocked ? 'VRAI' : 'FAUX',
			COMMUNE,
			'France',
			a.service,
			'',
			a.displayName,
			'',
			a.first,
			'',
			a.last,
			frDateTime(rng, passwordChanged),
			'',
			a.plan ? PLANS[a.plan].licenses : 'Unlicensed',
			mobile,
			'',
			a.objectId,
			a.office,
			'VRAI',
			deskPhone,
			POSTCODE,
			'',
			'fr-FR',
			`SMTP:${a.upn}+smtp:${local}@saintexemple.onmicrosoft.com`,
			'',
			'',
			'',
			STREETS[a.office],
			'VRAI',
			a.title,
			'FR',
			a.upn,
			frDateTime(rng, a.created)
		];
	});
	const text = [USERS_HEADER, ...rows].map((r) => csvLine(r, ';')).join('\r\n') + '\r\n';
	return encodeCp1252(text);
}

// ---------------------------------------------------------------------------------------------------------------
// Microsoft 365 usage reports (Graph / admin center): Apps usage user detail and Teams user activity user detail
// ---------------------------------------------------------------------------------------------------------------

const APPS_HEADER = [
	'Report Refresh Date',
	'User Principal Name',
	'Last Activation Date',
	'Last Activity Date',
	'Report Period',
	...PLATFORMS,
	...APPS,
	...PLATFORMS.flatMap((p) => APPS.map((app) => `${app} (${p})`))
];
const yesNo = (b) => (b ? 'Yes' : 'No');

function drawAppsSnapshot(seed, agents, refresh) {
	const rng = createRng(seed, `apps-${refresh}`);
	const rows = [];
	for (const agent of agents) {
		if (!isInAppsReport(agent, refresh)) continue;
		rows.push({ agent, ...drawAppsUsage(rng, agent, refresh) });
	}
	return rows.sort(byKey((r) => r.agent.upn));
}

function renderAppsReport(rows, refresh) {
	const lines = rows.map((r) =>
		csvLine(
			[
				refresh,
				r.agent.upn,
				r.lastActivation,
				r.lastActivity,
				30,
				...PLATFORMS.map((p) => yesNo(r.flags[p])),
				...APPS.map((app) => yesNo(r.flags[app])),
				...PLATFORMS.flatMap((p) => APPS.map((app) => yesNo(r.on[`${app} (${p})`])))
			],
			','
		)
	);
	return encodeUtf8([csvLine(APPS_HEADER, ','), ...lines].join('\n') + '\n', true);
}

// getTeamsUserActivityUserDetail, current 33-column shape (csv-formats §1.2).
const TEAMS_HEADER = (
	'Report Refresh Date,Tenant Display Name,Shared Channel Tenant Display Names,User Id,User Principal Name,' +
	'Last Activity Date,Is Deleted,Deleted Date,Assigned Products,Team Chat Message Count,Private Chat Message Count,' +
	'Call Count,Meeting Count,Post Messages,Reply Messages,Urgent Messages,Meetings Organized Count,' +
	'Meetings Attended Count,Ad Hoc Meetings Organized Count,Ad Hoc Meetings Attended Count,' +
	'Scheduled One-time Meetings Organized Count,Scheduled One-time Meetings Attended Count,' +
	'Scheduled Recurring Meetings Organized Count,Scheduled Recurring Meetings Attended Count,Audio Duration,' +
	'Video Duration,Screen Share Duration,Audio Duration In Seconds,Video Duration In Seconds,' +
	'Screen Share Duration In Seconds,Has Other Action,Is Licensed,Report Period'
).split(',');

/** ISO-8601 duration as the Teams report writes it: PT4H23M, PT30M5S, PT0S. */
function isoDuration(seconds) {
	if (seconds === 0) return 'PT0S';
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}

function drawTeamsActivity(seed, accounts, appsRows) {
	const rng = createRng(seed, 'teams');
	const appsByUpn = new Map(appsRows.map((r) => [r.agent.upn, r]));
	const rows = [];
	for (const a of accounts) {
		const apps = appsByUpn.get(a.upn);
		const active = Boolean(apps && apps.active && apps.flags.Teams);
		const row = { account: a, active, licensed: a.plan !== null, lastActivity: '', counts: null };
		if (active) {
			const light = rng.chance(0.08);
			const teamChat = light || rng.chance(0.45) ? 0 : rng.int(1, 45);
			const post = Math.floor(teamChat * rng.next() * 0.5);
			const reply = Math.floor((teamChat - post) * rng.next());
			const privateChat = light ? 0 : rng.int(2, 260);
			const calls = light ? 0 : rng.int(0, 12);
			const sub = light
				? [0, 0, 0, 0, 0, 0]
				: [rng.int(0, 2), rng.int(0, 4), rng.int(0, 3), rng.int(0, 6), rng.int(0, 2), rng.int(0, 8)];
			const organized = sub[0] + sub[2] + sub[4];
			const attended = sub[1] + sub[3] + sub[5];
			const meetings = organized + attended;
			const audio = meetings * rng.int(900, 3000) + calls * rng.int(60, 420);
			const video = Math.floor(audio * rng.next() * 0.6);
			const screen = Math.floor(audio * rng.next() * 0.25);
			const urgent = privateChat > 0 && rng.chance(0.04) ? 1 : 0;
			row.counts = {
				teamChat,
				privateChat,
				calls,
				meetings,
				post,
				reply,
				urgent,
				organized,
				attended,
				sub,
				audio,
				video,
				screen,
				otherAction: light
			};
			row.lastActivity = apps.lastActivity;
		} else if (apps && apps.lastActivity && apps.lastActivity < addDays(REFRESH, -30)) {
			row.lastActivity = apps.lastActivity;
		}
		rows.push(row);
	}
	return rows.sort(byKey((r) => r.account.upn));
}

function renderTeamsReport(rows) {
	const lines = rows.map(({ account: a, licensed, lastActivity, counts: c }) => {
		const products = a.plan ? PLANS[a.plan].products : '';
		const n = c ?? {
			teamChat: 0,
			privateChat: 0,
			calls: 0,
			meetings: 0,
			post: 0,
			reply: 0,
			urgent: 0,
			organized: 0,
			attended: 0,
			sub: [0, 0, 0, 0, 0, 0]
		};
		const durations = c
			? [isoDuration(c.audio), isoDuration(c.video), isoDuration(c.screen), c.audio, c.video, c.screen]
			: ['', '', '', '', '', ''];
		return csvLine(
			[
				REFRESH,
				TENANT,
				'',
				a.objectId,
				a.upn,
				lastActivity,
				'False',
				'',
				products,
				n.teamChat,
				n.privateChat,
				n.calls,
				n.meetings,
				n.post,
				n.reply,
				n.urgent,
				n.organized,
				n.attended,
				...n.sub,
				...durations,
				yesNo(Boolean(c && c.otherAction)),
				yesNo(licensed),
				30
			],
			','
		);
	});
	return encodeUtf8([csvLine(TEAMS_HEADER, ','), ...lines].join('\r\n') + '\r\n', true);
}

// ---------------------------------------------------------------------------------------------------------------
// Zoom: participants export "with meeting data" for November 2025
// ---------------------------------------------------------------------------------------------------------------

const ZOOM_QUOTA = {
	Communication: 5,
	'Direction générale': 4,
	[PILOT_SERVICE]: 6,
	'Action sociale (CCAS)': 3,
	Urbanisme: 2,
	Informatique: 2,
	'Éducation et petite enfance': 3
};
const ZOOM_TOPICS = {
	Communication: ['Point presse hebdomadaire', 'Point hebdomadaire communication', 'Jury concours photo'],
	'Direction générale': ['Comité de direction élargi', 'Réunion inter-communes, transport scolaire'],
	[PILOT_SERVICE]: ['Réunion partenaires, saison culturelle', 'Forum des associations - préparation'],
	'Action sociale (CCAS)': [
		'Cellule de veille sociale',
		'Réunion CAF - convention territoriale',
		'Atelier numérique seniors'
	],
	Urbanisme: ['Comité de pilotage PLUi', 'Commission accessibilité'],
	Informatique: ['Visio avec l\u2019éditeur Finaxis', 'Point prestataire téléphonie'],
	'Éducation et petite enfance': ['Réunion CAF - convention territoriale', 'Conseil d\u2019école (visio)']
};
const GUEST_NAMES = [
	'Claire Vasseur',
	'Marc Lhermitte',
	'Sarah Benhamou',
	'Yves Le Floch',
	'Agnès Tournier',
	'Bastien Roche',
	'Élise Marchetti',
	'Hamid Belkacem',
	'Jeanne Castel',
	'Patrick Morvan',
	'Nina Kowalski',
	'Théo Rigaud',
	'iPhone de Laurence',
	'Salle du conseil'
];

function usDateTime(iso, minutes) {
	const h24 = Math.floor(minutes / 60);
	const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
	return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)} ${pad2(h12)}:${pad2(minutes % 60)}:00 ${h24 < 12 ? 'AM' : 'PM'}`;
}

function drawZoom(seed, agents) {
	const rng = createRng(seed, 'zoom');
	const eligible = (a) => a.plan !== null && !a.departed && a.created < '2025-02-01';
	const holders = [];
	for (const [service, n] of Object.entries(ZOOM_QUOTA))
		holders.push(...rng.shuffle(agents.filter((a) => a.service === service && eligible(a))).slice(0, n));
	const hosts = rng.shuffle(holders).slice(0, 10);
	const holderSet = new Set(holders);
	const meetings = [];
	for (let i = 0; i < 14; i++) {
		const host = hosts[i % hosts.length];
		const day = randomDate(rng, '2025-11-03', '2025-11-28');
		const start = rng.pick([540, 570, 600, 660, 840, 870, 900, 960]) + rng.int(0, 4);
		const duration = rng.int(25, 110);
		const people = [{ name: host.displayName, email: host.upn, guest: false }];
		const internals = rng
			.shuffle(agents.filter((a) => a !== host && !a.departed && a.plan !== null))
			.slice(0, rng.int(0, 4));
		for (const a of internals)
			people.push({ name: a.displayName, email: holderSet.has(a) ? a.upn : '', guest: !holderSet.has(a) });
		for (const name of rng.shuffle(GUEST_NAMES).slice(0, rng.int(1, 5))) {
			const email =
				rng.chance(0.5) && !/ de |Salle/.test(name)
					? `${toAsciiSlug(name.replace(' ', '.'))}@example.org`
					: '';
			people.push({ name, email, guest: true });
		}
		const connections = [];
		for (const [k, p] of people.entries()) {
			const join = k === 0 ? start : start + rng.int(0, 6);
			const leave = k === 0 ? start + duration : start + duration - rng.int(0, 8);
			// Some participants drop and reconnect: Zoom writes one line per connection.
			const cut = k > 0 && rng.chance(0.15) ? rng.int(join + 5, leave - 5) : null;
			const spans = cut
				? [
						[join, cut],
						[cut + 1, leave]
					]
				: [[join, leave]];
			for (const [from, to] of spans) connections.push({ ...p, from, to });
		}
		const id = `8${rng.int(10, 99)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}`;
		meetings.push({
			id,
			topic: rng.pick(ZOOM_TOPICS[host.service]),
			host,
			day,
			start,
			duration,
			count: people.length,
			connections
		});
	}
	meetings.sort(byKey((m) => `${m.day}|${String(m.start).padStart(4, '0')}`));
	const participants = meetings.flatMap((m) => m.connections.map((c) => ({ ...c, day: m.day })));
	return { holders, hosts, meetings, participants };
}

function renderZoom({ meetings, participants }) {
	const fmtId = (id) => `"${id}"`; // Zoom always quotes the spaced meeting ID
	const lines = ['Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants'];
	for (const m of meetings)
		lines.push(
			`${fmtId(m.id)},${csvLine([m.topic, usDateTime(m.day, m.start), usDateTime(m.day, m.start + m.duration), m.host.upn, m.duration, m.count], ',')}`
		);
	lines.push('', 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest');
	for (const p of participants)
		lines.push(
			csvLine(
				[
					p.name,
					p.email,
					usDateTime(p.day, p.from),
					usDateTime(p.day, p.to),
					Math.max(1, p.to - p.from),
					yesNo(p.guest)
				],
				','
			)
		);
	return encodeUtf8(lines.join('\n') + '\n', true);
}

// ---------------------------------------------------------------------------------------------------------------
// Adobe Admin Console: user list export (15-column variant)
// ---------------------------------------------------------------------------------------------------------------

const ACROBAT = 'Default Acrobat Pro configuration';
const ADOBE_QUOTA = {
	Communication: 6,
	Urbanisme: 5,
	'Direction générale': 4,
	Finances: 4,
	'Ressources humaines': 3,
	[PILOT_SERVICE]: 2,
	'Action sociale (CCAS)': 2,
	Informatique: 2
};

function drawAdobe(seed, agents) {
	const rng = createRng(seed, 'adobe');
	// Two departed agents still hold a seat: nobody told the Adobe console.
	const holders = rng.shuffle(agents.filter((a) => a.departed && a.plan !== null)).slice(0, 2);
	for (const [service, n] of Object.entries(ADOBE_QUOTA))
		holders.push(
			...rng
				.shuffle(
					agents.filter(
						(a) => a.service === service && !a.departed && a.plan !== null && a.created < '2025-03-01'
					)
				)
				.slice(0, n)
		);
	const taken = new Set(holders);
	// The two seats credited in May: the users stay in the console, without a product.
	const former = rng
		.shuffle(
			agents.filter(
				(a) =>
					!taken.has(a) &&
					!a.departed &&
					a.plan !== null &&
					['Urbanisme', 'Communication', 'Finances'].includes(a.service)
			)
		)
		.slice(0, 2);
	const admin = holders.find((a) => a.service === 'Informatique');
	const users = [
		...holders.map((a) => ({ agent: a, product: ACROBAT })),
		...former.map((a) => ({ agent: a, product: '' }))
	];
	for (const u of users) {
		u.identity = rng.chance(0.07) ? 'Adobe ID' : 'Federated ID';
		u.id = `${rng.hex(24).toUpperCase()}@AdobeID`;
		u.admin = u.agent === admin ? 'System' : '';
		u.groups = u.agent.service === 'Communication' ? 'Agents mairie,Communication' : 'Agents mairie';
	}
	return users.sort(byKey((u) => u.agent.upn));
}

function renderAdobe(users) {
	const header = [
		'Identity Type',
		'Username',
		'Domain',
		'Email',
		'First Name',
		'Last Name',
		'Country Code',
		'ID',
		'Product Configurations',
		'Admin Roles',
		'Product Configurations Administered',
		'User Groups',
		'User Groups Administered',
		'Products Administered',
		'Developer Access'
	];
	const rows = users.map((u) => [
		u.identity,
		u.agent.upn,
		u.identity === 'Adobe ID' ? '' : DOMAIN,
		u.agent.upn,
		u.agent.first,
		u.agent.last,
		'FR',
		u.id,
		u.product,
		u.admin,
		'',
		u.groups,
		'',
		'',
		''
	]);
	return encodeUtf8([header, ...rows].map((r) => csvLine(r, ',')).join('\n') + '\n', false);
}

// ---------------------------------------------------------------------------------------------------------------
// GLPI 10: Parc > Logiciels > Exporter (CSV)
// ---------------------------------------------------------------------------------------------------------------

const ENTITY = `Mairie de ${COMMUNE}`;
const SCHOOLS = `${ENTITY} > Écoles`;
const W10 = 'Windows 10 Professionnel';
const W11 = 'Windows 11 Professionnel';
// name, entity, publisher, versions, operating systems, installations, licences ('' = none recorded)
// prettier-ignore
const GLPI_SOFTWARE = [
	['7-Zip 24.09 (x64)', ENTITY, 'Igor Pavlov', ['24.09', '25.01'], [W10, W11], 278, ''],
	['Adobe Acrobat (64-bit)', ENTITY, 'Adobe Inc.', ['25.001.20844'], [W10, W11], 246, ''],
	['Adobe Acrobat Pro (64-bit)', ENTITY, 'Adobe Inc.', ['25.001.20844'], [W11], 21, 30],
	['Connecteur CitéPortail "GRU"', ENTITY, 'CitéPortail SAS', ['2.3.1'], [W11], 14, ''],
	['Dropbox', ENTITY, 'Dropbox, Inc.', ['236.4.6265'], [W11], 11, 15],
	['Finaxis GF - poste client', ENTITY, 'Finaxis Collectivités', ['8.4.2'], [W10, W11], 23, 25],
	['GIMP 3.0.6', ENTITY, 'The GIMP Team', ['3.0.6'], [W11], 5, ''],
	['Google Chrome', ENTITY, 'Google LLC', ['142.0.7444.176'], [W10, W11], 204, ''],
	['Inkscape', ENTITY, 'Inkscape', ['1.4.2'], [W11], 4, ''],
	['KeePassXC', ENTITY, 'KeePassXC Team', ['2.7.10'], [W11], 9, ''],
	['LibreOffice', ENTITY, 'The Document Foundation', ['25.2.7.2'], [W10, W11], 43, ''],
	['LibreOffice', SCHOOLS, 'The Document Foundation', ['24.8.7.2', '25.2.7.2'], [W10], 18, ''],
	['Microsoft 365 Apps for business - fr-fr', ENTITY, 'Microsoft Corporation', ['16.0.19127.20302', '16.0.18925.20242'], [W10, W11], 236, 380],
	['Microsoft 365 Apps for enterprise - fr-fr', ENTITY, 'Microsoft Corporation', ['16.0.19127.20302'], [W11], 37, 40],
	['Microsoft Edge', ENTITY, 'Microsoft Corporation', ['142.0.3595.94'], [W10, W11], 312, ''],
	['Microsoft Teams', ENTITY, 'Microsoft Corporation', ['25290.205.4069.4894'], [W10, W11], 268, ''],
	['Microsoft Visual C++ 2015-2022 Redistributable (x64)', ENTITY, 'Microsoft Corporation', ['14.44.35211.0'], [W10, W11], 305, ''],
	['Mozilla Firefox (x64 fr)', ENTITY, 'Mozilla', ['128.14.0esr', '140.5.0esr'], [W10, W11], 287, ''],
	['Mozilla Firefox (x64 fr)', SCHOOLS, 'Mozilla', ['140.5.0esr'], [W10], 18, ''],
	['Mozilla Thunderbird (x64 fr)', ENTITY, 'Mozilla', ['140.5.0esr'], [W11], 19, ''],
	['Notepad++ (64-bit x64)', ENTITY, 'Notepad++ Team', ['8.8.8'], [W10, W11], 31, ''],
	['PDF24 Creator', ENTITY, 'Geek Software GmbH', ['11.28.1'], [W10, W11], 58, ''],
	["QGIS 3.40.11 'Bratislava'", ENTITY, 'QGIS.org', ['3.40.11'], [W11], 6, ''],
	['VLC media player', ENTITY, 'VideoLAN', ['3.0.21'], [W10, W11], 94, ''],
	['Zoom Workplace (64-bit)', ENTITY, 'Zoom Video Communications, Inc.', ['6.6.5 (23847)'], [W10, W11], 41, 25]
];

function renderGlpi() {
	const header = [
		'Nom',
		'Entité',
		'Éditeur',
		'Versions - Nom',
		"Versions - Système d'exploitation",
		"Nombre d'installations",
		'Licences - Nombre'
	];
	const rows = GLPI_SOFTWARE.map(([name, entity, publisher, versions, oses, installs, licences]) => [
		name,
		entity,
		publisher,
		versions.join('<br>'),
		oses.join('<br>'),
		installs,
		licences
	]);
	return encodeUtf8([header, ...rows].map(glpiLine).join('\n') + '\n', true);
}

// ---------------------------------------------------------------------------------------------------------------
// Key figures for the tests (demo/expected.json)
// ---------------------------------------------------------------------------------------------------------------

const countBy = (items, key) => {
	const out = {};
	for (const item of items) {
		const k = key(item);
		out[k] = (out[k] ?? 0) + 1;
	}
	return Object.fromEntries(Object.entries(out).sort(byKey(([k]) => k)));
};
const sumBy = (items, key, value) => {
	const out = {};
	for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + value(item);
	return Object.fromEntries(Object.entries(out).sort(byKey(([k]) => k)));
};

function summariseApps(rows, refresh) {
	const yesCounts = {};
	for (const c of [...PLATFORMS, ...APPS]) yesCounts[c] = rows.filter((r) => r.flags[c]).length;
	const otherThanOutlook = APPS.filter((app) => app !== 'Outlook');
	const pilot = rows.filter((r) => r.agent.service === PILOT_SERVICE);
	const usesDesktopOffice = (r) =>
		['Windows', 'Mac'].some((p) => ['Word', 'Excel', 'PowerPoint'].some((app) => r.on[`${app} (${p})`]));
	return {
		format: 'ms365-apps-usage',
		encoding: 'utf-8 + BOM',
		delimiter: ',',
		eol: 'LF',
		columns: APPS_HEADER.length,
		rows: rows.length,
		reportRefreshDate: refresh,
		reportPeriodDays: 30,
		activeUsers: rows.filter((r) => r.active).length,
		inactiveUsers: rows.filter((r) => !r.active).length,
		emptyLastActivityDate: rows.filter((r) => !r.lastActivity).length,
		emptyLastActivationDate: rows.filter((r) => !r.lastActivation).length,
		yesCounts,
		desktopOfficeUsers: rows.filter(usesDesktopOffice).length,
		outlookOnlyUsers: rows.filter((r) => r.flags.Outlook && otherThanOutlook.every((app) => !r.flags[app]))
			.length,
		webOrMobileOnlyUsers: rows.filter((r) => r.active && !r.flags.Windows && !r.flags.Mac).length,
		pilotService: {
			service: PILOT_SERVICE,
			rows: pilot.length,
			activeUsers: pilot.filter((r) => r.active).length,
			wordUsers: pilot.filter((r) => r.flags.Word).length,
			excelUsers: pilot.filter((r) => r.flags.Excel).length
		}
	};
}

function buildExpected({
	seed,
	agents,
	accounts,
	invoices,
	mandats,
	appsDec,
	appsJune,
	teams,
	zoom,
	adobe,
	fileNames
}) {
	const total = (key) => invoices.reduce((s, l) => s + l[key], 0);
	const seatsByProduct = {};
	for (const l of invoices.filter((x) => x.account !== '6184' && (x.qty > 1 || x.unit < 0))) {
		const p = (seatsByProduct[l.product] ??= { seats: 0, htCents: 0, lines: [] });
		p.seats += l.qty * Math.sign(l.unit);
		p.htCents += l.ht;
		p.lines.push({ invoice: l.number, quantity: l.qty, unitPriceHtCents: l.unit, htCents: l.ht });
	}
	const licensed = accounts.filter((a) => a.plan !== null);
	const activeTeams = teams.filter((r) => r.active);
	const sumTeams = (k) => activeTeams.reduce((s, r) => s + r.counts[k], 0);
	const acrobat = adobe.filter((u) => u.product === ACROBAT);
	const glpiInstalls = sumBy(
		GLPI_SOFTWARE,
		(s) => s[0],
		(s) => s[5]
	);
	const [f1, f2, f3, f4, f5, f6, f7, f8, f9] = fileNames;
	return {
		generator: 'scripts/gen-demo.mjs',
		seed,
		commune: {
			name: COMMUNE,
			siret: SIRET,
			domain: DOMAIN,
			agents: agents.length,
			services: SERVICES.map(([name, n]) => ({ name, agents: n })),
			sharedMailboxes: SHARED_MAILBOXES.length,
			accounts: accounts.length,
			libreOfficePilotService: PILOT_SERVICE
		},
		files: {
			[f1]: {
				format: 'invoice-lines',
				encoding: 'windows-1252 (no BOM)',
				delimiter: ';',
				eol: 'CRLF (LF inside one quoted cell)',
				columns: INVOICE_HEADER.length,
				header: INVOICE_HEADER,
				rows: invoices.length,
				separatorOnlyLines: 2,
				multilineCells: invoices.filter((l) => l.comment.includes('\n')).length,
				totalHtCents: total('ht'),
				totalTvaCents: total('tva'),
				totalTtcCents: total('ttc'),
				byAccountHtCents: sumBy(
					invoices,
					(l) => l.account,
					(l) => l.ht
				),
				byAccountTtcCents: sumBy(
					invoices,
					(l) => l.account,
					(l) => l.ttc
				),
				spendByVendorTtcCents: sumBy(
					invoices,
					(l) => PRODUCT_VENDORS[l.product][0],
					(l) => l.ttc
				),
				spendByVendorCountryTtcCents: sumBy(
					invoices,
					(l) => PRODUCT_VENDORS[l.product][1],
					(l) => l.ttc
				),
				creditNotes: invoices.filter((l) => l.ht < 0).length,
				tacitRenewal: countBy(invoices, (l) => l.renewal),
				bySupplierTtcCents: sumBy(
					invoices,
					(l) => l.supplier,
					(l) => l.ttc
				),
				seatsByProduct
			},
			[f2]: {
				format: 'ms365-users-export',
				encoding: 'windows-1252 (no BOM)',
				delimiter: ';',
				eol: 'CRLF',
				columns: USERS_HEADER.length,
				rows: accounts.length,
				licensedUsers: licensed.length,
				unlicensedUsers: accounts.length - licensed.length,
				byLicense: countBy(licensed, (a) => PLANS[a.plan].licenses),
				blockedAccounts: accounts.filter((a) => a.blocked).length,
				blockedAccountsWithLicence: licensed.filter((a) => a.blocked).length,
				sharedMailboxes: SHARED_MAILBOXES.length,
				byDepartment: countBy(accounts, (a) => a.service),
				licensedByDepartment: countBy(licensed, (a) => a.service),
				booleans: 'VRAI/FAUX (Excel fr-FR re-save)',
				dates: 'dd/mm/yyyy hh:mm'
			},
			[f3]: summariseApps(appsDec, REFRESH),
			[f4]: summariseApps(appsJune, REFRESH_EARLY),
			[f5]: {
				format: 'ms365-teams-activity',
				encoding: 'utf-8 + BOM',
				delimiter: ',',
				eol: 'CRLF',
				columns: TEAMS_HEADER.length,
				rows: teams.length,
				reportRefreshDate: REFRESH,
				reportPeriodDays: 30,
				activeUsers: activeTeams.length,
				isLicensedYes: teams.filter((r) => r.licensed).length,
				rowsWithEmptyDurations: teams.filter((r) => !r.counts).length,
				sumTeamChatMessageCount: sumTeams('teamChat'),
				sumPrivateChatMessageCount: sumTeams('privateChat'),
				sumCallCount: sumTeams('calls'),
				sumMeetingCount: sumTeams('meetings'),
				sumAudioDurationSeconds: sumTeams('audio')
			},
			[f6]: {
				format: 'zoom-participants',
				encoding: 'utf-8 + BOM',
				delimiter: ',',
				eol: 'LF',
				tables: 2,
				meetings: zoom.meetings.length,
				participantLines: zoom.participants.length,
				distinctHosts: new Set(zoom.meetings.map((m) => m.host.upn)).size,
				zoomLicences: zoom.holders.length,
				guestLines: zoom.participants.filter((p) => p.guest).length,
				totalMeetingMinutes: zoom.meetings.reduce((s, m) => s + m.duration, 0),
				dates: 'MM/DD/YYYY hh:mm:ss AM/PM'
			},
			[f7]: {
				format: 'adobe-users',
				encoding: 'utf-8 (no BOM)',
				delimiter: ',',
				eol: 'LF',
				columns: 15,
				rows: adobe.length,
				productConfigurationCounts: { [ACROBAT]: acrobat.length },
				usersWithoutProduct: adobe.filter((u) => !u.product).length,
				acrobatHoldersWithBlockedAccount: acrobat.filter((u) => u.agent.blocked).length,
				multiValueUserGroups: adobe.filter((u) => u.groups.includes(',')).length
			},
			[f8]: {
				format: 'glpi-software',
				encoding: 'utf-8 + BOM',
				delimiter: ';',
				eol: 'LF',
				trailingDelimiter: true,
				columns: 7,
				rows: GLPI_SOFTWARE.length,
				totalInstallations: GLPI_SOFTWARE.reduce((s, r) => s + r[5], 0),
				installationsByName: glpiInstalls,
				licencesByName: Object.fromEntries(GLPI_SOFTWARE.filter((r) => r[6] !== '').map((r) => [r[0], r[6]])),
				multiValueRows: GLPI_SOFTWARE.filter((r) => r[3].length > 1 || r[4].length > 1).length,
				quoteRewrittenAsApostrophes: "Connecteur CitéPortail ''GRU''"
			},
			[f9]: {
				format: 'mandats',
				encoding: 'utf-8 + BOM',
				delimiter: ';',
				eol: 'CRLF',
				titleLinesBeforeHeader: 5,
				headerLine: 6,
				columns: 10,
				rows: mandats.length,
				totalHtCents: mandats.reduce((s, m) => s + m.ht, 0),
				totalTtcCents: mandats.reduce((s, m) => s + m.ttc, 0),
				byAccountTtcCents: sumBy(
					mandats,
					(m) => m.account,
					(m) => m.ttc
				),
				rowsToIgnore: ['TOTAL GÉNÉRAL line', `'Nombre de mandats : ${mandats.length}' footer`],
				amountFormat: 'U+202F thousands, comma decimal, no currency sign'
			}
		},
		crossChecks: {
			invoicesTtcEqualsMandatsTtc: total('ttc') === mandats.reduce((s, m) => s + m.ttc, 0),
			microsoft365: {
				businessStandard: {
					paidSeats: 380,
					assigned: licensed.filter((a) => a.plan === 'BS').length,
					assignedToBlockedAccounts: licensed.filter((a) => a.plan === 'BS' && a.blocked).length
				},
				e3: { paidSeats: 40, assigned: licensed.filter((a) => a.plan === 'E3').length },
				appsActiveDec: appsDec.filter((r) => r.active).length,
				appsInactiveDec: appsDec.filter((r) => !r.active).length
			},
			zoom: { paidLicences: 25, hostsInNovember: new Set(zoom.meetings.map((m) => m.host.upn)).size },
			acrobatPro: {
				paidSeatsNet: seatsByProduct['Adobe Acrobat Pro'].seats,
				consoleAssigned: acrobat.length,
				glpiInstallations: glpiInstalls['Adobe Acrobat Pro (64-bit)']
			},
			dropbox: { paidSeats: 15, glpiInstallations: glpiInstalls.Dropbox },
			libreOffice: {
				glpiInstallations: glpiInstalls.LibreOffice,
				pilotService: PILOT_SERVICE,
				trainingInvoice: 'FVL-25-031'
			},
			windows10Esu: { paidDevices: 120 }
		}
	};
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

function parseArgs(argv) {
	const here = dirname(fileURLToPath(import.meta.url));
	const options = { out: resolve(here, '..', 'demo'), seed: 2025 };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--out' && argv[i + 1]) options.out = resolve(argv[++i]);
		else if (argv[i] === '--seed' && /^\d+$/.test(argv[i + 1] ?? '')) options.seed = Number(argv[++i]) >>> 0;
		else {
			process.stderr.write('usage: node scripts/gen-demo.mjs [--out <dir>] [--seed <uint32>]\n');
			process.exit(2);
		}
	}
	return options;
}

const FILE_NAMES = [
	'01_factures-logiciels-2025_excel-fr_cp1252.csv',
	'02_ms365_export-utilisateurs_excel-fr_cp1252.csv',
	// The June report is numbered before December's: files load in name order, so the story unfolds in time.
	'04_ms365_apps-usage-user-detail_D30_2025-12-01_utf8-bom.csv',
	'03_ms365_apps-usage-user-detail_D30_2025-06-01_utf8-bom.csv',
	'05_ms365_teams-user-activity-user-detail_D30_2025-12-01_utf8-bom.csv',
	'06_zoom_participants-novembre-2025_utf8-bom.csv',
	'07_adobe_admin-console-users.csv',
	'08_glpi10_logiciels_export.csv',
	'09_finances_export-mandats-2025_utf8-bom.csv'
];

function main() {
	const { out, seed } = parseArgs(process.argv.slice(2));
	const agents = buildAgents(createRng(seed, 'agents'));
	const shared = buildSharedMailboxes(createRng(seed, 'shared'));
	assignHabits(createRng(seed, 'habits'), agents);
	const accounts = [...agents, ...shared];
	const invoices = buildInvoiceLines(createRng(seed, 'invoices'));
	const mandats = buildMandats(createRng(seed, 'mandats'), invoices);
	const appsDec = drawAppsSnapshot(seed, agents, REFRESH);
	const appsJune = drawAppsSnapshot(seed, agents, REFRESH_EARLY);
	const teams = drawTeamsActivity(seed, accounts, appsDec);
	const zoom = drawZoom(seed, agents);
	const adobe = drawAdobe(seed, agents);
	const financeHead = agents.find((a) => a.service === 'Finances');
	const editor = `${toAsciiSlug(financeHead.first)[0]}${toAsciiSlug(financeHead.last)}`.toUpperCase();
	const contents = [
		renderInvoices(invoices),
		renderUsersExport(createRng(seed, 'users-export'), accounts),
		renderAppsReport(appsDec, REFRESH),
		renderAppsReport(appsJune, REFRESH_EARLY),
		renderTeamsReport(teams),
		renderZoom(zoom),
		renderAdobe(adobe),
		renderGlpi(),
		renderMandats(mandats, editor)
	];
	const expected = buildExpected({
		seed,
		agents,
		accounts,
		invoices,
		mandats,
		appsDec,
		appsJune,
		teams,
		zoom,
		adobe,
		fileNames: FILE_NAMES
	});
	mkdirSync(out, { recursive: true });
	FILE_NAMES.forEach((name, i) => writeFileSync(join(out, name), contents[i]));
	writeFileSync(join(out, 'expected.json'), JSON.stringify(expected, null, '\t') + '\n');
	writeFileSync(join(out, 'README.md'), renderReadme(expected, invoices));
	process.stdout.write(
		`gen-demo: ${FILE_NAMES.length} CSV files, expected.json and README.md written to ${out}\n`
	);
}

// ---------------------------------------------------------------------------------------------------------------
// demo/README.md, written from the same figures so that it never disagrees with the files
// ---------------------------------------------------------------------------------------------------------------

const eur = (cents) => `${formatCents(cents, ' ')} €`;
const pct = (part, whole) => `${((100 * part) / whole).toFixed(1).replace('.', ',')} %`;

function renderReadme(e, invoices) {
	const [f1, f2, f3, f4, f5, f6, f7, f8, f9] = FILE_NAMES;
	const F = e.files;
	const inv = F[f1];
	const dec = F[f3];
	const jun = F[f4];
	const x = e.crossChecks;
	const seats = inv.seatsByProduct;
	const m365Paid = x.microsoft365.businessStandard.paidSeats + x.microsoft365.e3.paidSeats;
	const m365Assigned = x.microsoft365.businessStandard.assigned + x.microsoft365.e3.assigned;
	const invoiceTable = invoices.map(
		(l) => `| ${frDate(l.date)} | ${l.supplier} | ${l.label} | ${l.account} | ${eur(l.ttc)} |`
	);
	return `# Demo commune: ${COMMUNE}

An invented commune of ${e.commune.agents} agents in ${SERVICES.length} services, with one year (2025) of software
spend and two Microsoft 365 usage snapshots, shipped as the CSV exports a real mairie would upload. \`npm start\`
loads these files through the same import service as a user's upload.

**Do not edit these files by hand.** They are written by \`node scripts/gen-demo.mjs\` (seeded PRNG, seed
${e.seed}, no dependencies): running it twice gives identical bytes. The key figures the generator knows are in
[\`expected.json\`](expected.json) (amounts in integer cents) so that tests can check the import of the demo.
Names, e-mail addresses (\`prenom.nom@${DOMAIN}\`), SIRET (${SIRET}, Luhn-valid but invented), invoice
numbers and amounts are invented. Microsoft, Zoom, Adobe, Dropbox and Google are real vendors; Finaxis
Collectivités, CitéPortail, Sitéo Collectivités, Loire Numérique Services, Webmétrie Loire Conseil and Formalibre
Val de Loire are invented.

## The commune

| Service | Agents |
|---|---:|
${SERVICES.map(([name, n]) => `| ${name} | ${n} |`).join('\n')}
| **Total** | **${e.commune.agents}** |

Plus ${SHARED_MAILBOXES.length} shared mailboxes (accueil@, etat-civil@…): ${e.commune.accounts} Microsoft 365 accounts in all.

## The story the files tell

- **Spend.** ${inv.rows} invoice lines in 2025 for **${eur(inv.totalHtCents)} HT, ${eur(inv.totalTtcCents)} TTC**
  (one credit note). ${pct(inv.spendByVendorCountryTtcCents.US, inv.totalTtcCents)} of it (${eur(inv.spendByVendorCountryTtcCents.US)} TTC)
  goes to products of US vendors (Microsoft ${eur(inv.spendByVendorTtcCents.Microsoft)}, Adobe, Zoom, Google, Dropbox).
  The finance software's mandats (file 09) pay exactly the same TTC total.
- **Microsoft 365 seats paid but unused.** ${m365Paid} seats paid (${x.microsoft365.businessStandard.paidSeats}
  Business Standard + ${x.microsoft365.e3.paidSeats} E3), ${m365Assigned} assigned, of which
  ${x.microsoft365.businessStandard.assignedToBlockedAccounts} to the blocked accounts of agents who left in 2025. On
  ${dec.reportRefreshDate}, ${dec.inactiveUsers} of the ${dec.rows} licensed users
  (${pct(dec.inactiveUsers, dec.rows)}) had no Microsoft 365 Apps activity in 30 days; ${dec.outlookOnlyUsers} used
  only Outlook and ${dec.webOrMobileOnlyUsers} only the web or mobile apps (field agents, schools) — they would fit a
  cheaper plan or a webmail.
- **LibreOffice pilot.** The "${PILOT_SERVICE}" service was trained in September 2025 (invoice FVL-25-031)
  and switched to LibreOffice (already on ${x.libreOffice.glpiInstallations} PCs in GLPI). Its Word users went from
  ${jun.pilotService.wordUsers} (June snapshot, file 04) to ${dec.pilotService.wordUsers} (December, file 03), Excel
  users from ${jun.pilotService.excelUsers} to ${dec.pilotService.excelUsers}; over the whole commune, Word users went from
  ${jun.yesCounts.Word} to ${dec.yesCounts.Word}.
- **Zoom next to Teams.** ${x.zoom.paidLicences} Zoom Workplace Business licences are paid while Teams comes with every
  Microsoft 365 seat; in November 2025 only ${x.zoom.hostsInNovember} licence holders hosted a meeting
  (${F[f6].meetings} meetings). Teams had ${F[f5].activeUsers} active users in the same period.
- **Acrobat Pro.** ${seats['Adobe Acrobat Pro'].lines[0].quantity} licences bought, ${seats['Adobe Acrobat Pro'].lines[1].quantity}
  credited in May: ${x.acrobatPro.paidSeatsNet} paid, ${x.acrobatPro.consoleAssigned} assigned in the Adobe console (of which
  ${F[f7].acrobatHoldersWithBlockedAccount} to agents who left), but installed on ${x.acrobatPro.glpiInstallations} PCs
  only. The free Acrobat Reader is on ${F[f8].installationsByName['Adobe Acrobat (64-bit)']} PCs.
- **Other seats.** Dropbox: ${x.dropbox.paidSeats} paid, installed on ${x.dropbox.glpiInstallations} PCs. Windows 10
  ESU year 1 for ${x.windows10Esu.paidDevices} PCs (year 2 costs twice as much: migrate them to Windows 11 or Linux).

## Files

| # | File | Imitates | Shape | Rows |
|---|---|---|---|---:|
| 1 | \`${f1}\` | Finance officer's Excel sheet of invoices, saved as "CSV (séparateur: point-virgule)" | windows-1252, \`;\`, CRLF, LF inside one quoted cell, \`1 234,56 €\` (U+00A0 twice), \`dd/mm/yyyy\`, \`Oui/Non\`, 2 trailing \`;;;;\` lines; header identical to \`tests/fixtures/csv/finances_factures-logiciels_excel-fr_cp1252.csv\` | ${inv.rows} |
| 2 | \`${f2}\` | Microsoft 365 admin center "Exporter les utilisateurs", re-saved by Excel fr-FR | windows-1252, \`;\`, CRLF, 32 columns (csv-formats §2.2), \`VRAI/FAUX\`, \`dd/mm/yyyy hh:mm\`, Licenses joined by \`+\`, \`Unlicensed\` | ${F[f2].rows} |
| 3 | \`${f3}\` | Microsoft 365 Apps usage, user detail, D30, refresh ${REFRESH} | UTF-8 BOM, \`,\`, LF, 39 columns, \`Yes/No\`, ISO dates | ${dec.rows} |
| 4 | \`${f4}\` | Same report, earlier snapshot (refresh ${REFRESH_EARLY}) | same as 3 | ${jun.rows} |
| 5 | \`${f5}\` | Teams user activity, user detail, D30, refresh ${REFRESH} | UTF-8 BOM, \`,\`, CRLF, 33 columns, ISO-8601 durations, \`True/False\` and \`Yes/No\` mixed | ${F[f5].rows} |
| 6 | \`${f6}\` | Zoom "Participants" export with meeting data, November 2025 | UTF-8 BOM, \`,\`, LF, two tables separated by an empty line, quoted spaced Meeting ID, \`MM/DD/YYYY hh:mm:ss AM/PM\` | ${F[f6].meetings} + ${F[f6].participantLines} |
| 7 | \`${f7}\` | Adobe Admin Console user list (15-column variant with ID) | UTF-8 no BOM, \`,\`, LF, comma-joined multi-values in quotes | ${F[f7].rows} |
| 8 | \`${f8}\` | GLPI 10 Parc > Logiciels > Exporter (CSV) | UTF-8 BOM, every value quoted, trailing \`;\`, LF, \`<br>\` multi-values, \`"\` written \`''\` | ${F[f8].rows} |
| 9 | \`${f9}\` | Finance-software export of the 2025 software mandats | UTF-8 BOM, \`;\`, CRLF, 5 title lines (header on line 6), U+202F thousands, no €, \`TOTAL GÉNÉRAL\` line, footer | ${F[f9].rows} |

Details:

1. **Invoices.** One line per invoice line; quantity and unit price live in the label ("- 380 utilisateurs") as in
   the fixture, whose 12 columns have no quantity column. HT = quantity × unit price, TVA = round(HT × 20 %),
   TTC = HT + TVA, to the cent. Accounts (M57): 6156 subscriptions and maintenance, 611 services and SaaS, 2051
   licences bought outright, 6184 training. Google Maps Platform is billed monthly in arrears (12 lines).
   Amounts are written as Excel displays them, so \`€\` is byte 0x80 and the apostrophe of "l’usage" is 0x92.
2. **Users export.** ${F[f2].licensedUsers} licensed (${Object.entries(F[f2].byLicense)
		.map(([k, v]) => `${v} × ${k}`)
		.join(', ')}),
   ${F[f2].unlicensedUsers} \`Unlicensed\` (field agents without a mailbox licence, departed agents cleaned up, shared
   mailboxes), ${F[f2].blockedAccounts} blocked. \`Department\` is the service.
3. **Apps usage, December.** Only users holding an Apps licence appear. Inactive users have every flag \`No\`
   and an empty or older \`Last Activity Date\`. Users: Outlook ${dec.yesCounts.Outlook}, Word ${dec.yesCounts.Word},
   Excel ${dec.yesCounts.Excel}, PowerPoint ${dec.yesCounts.PowerPoint}, Teams ${dec.yesCounts.Teams}.
4. **Apps usage, June.** Before the pilot; the ten agents hired after June are absent and the agents who left in the
   summer are still there and active. Users: Outlook ${jun.yesCounts.Outlook}, Word ${jun.yesCounts.Word},
   Excel ${jun.yesCounts.Excel}, PowerPoint ${jun.yesCounts.PowerPoint}, Teams ${jun.yesCounts.Teams}.
5. **Teams.** Every account appears; \`User Id\` is the \`Object Id\` of file 2. A user is active in Teams exactly when
   the Teams flag of file 3 is \`Yes\`; inactive rows have empty durations. Each ISO duration equals its "In Seconds"
   column.
6. **Zoom.** ⚠️ Zoom exports one meeting per file; this file gathers November's ${F[f6].meetings} meetings in its first
   table and all their connections in the second, so the demo stays one upload. Hosts are among the
   ${F[f6].zoomLicences} licence holders; internal agents without a Zoom licence join as guests.
7. **Adobe.** ${F[f7].productConfigurationCounts[ACROBAT]} users hold "${ACROBAT}", ${F[f7].usersWithoutProduct} have no
   product (the seats credited in May). The export shows no activity.
8. **GLPI.** ${F[f8].totalInstallations} installations over ${F[f8].rows} rows; LibreOffice and Firefox appear twice (main
   entity and the "Écoles" sub-entity), to be summed per product.
9. **Mandats.** One mandat per invoice (the two lines of invoice LNS-F25-0008 share one mandat), the credit note as
   a negative mandat; emitted 6 to 20 days after the invoice. The total line repeats ${eur(F[f9].totalTtcCents)} TTC.

## 2025 invoice lines

| Date | Supplier | Line | Account | TTC |
|---|---|---|---|---:|
${invoiceTable.join('\n')}
| | | **Total** | | **${eur(inv.totalTtcCents)}** |

## Assumptions to check against real files

- ⚠️ Excel fr-FR is assumed to turn the export's \`True/False\` into \`VRAI/FAUX\` and its timestamps into
  \`dd/mm/yyyy hh:mm\`; the \`Unlicensed\` literal and the \`License assignment details\` content (left empty) are unverified.
- ⚠️ Zoom's encoding and line endings are unknown (UTF-8 BOM and LF assumed); see item 6 for the multi-meeting file.
- ⚠️ GLPI column labels follow the default French software view; the M57 accounts follow csv-formats §6.4.
- Prices are plausible 2025 list prices (Microsoft 365 Business Standard 10,50 €, Windows 10 ESU ≈ 61 $ per device),
  not quotes.

## Regenerate and check

\`\`\`sh
node scripts/gen-demo.mjs                      # rewrites demo/
node scripts/gen-demo.mjs --out /tmp/demo-b    # then: diff -r demo /tmp/demo-b (identical)
\`\`\`
`;
}

main();

export const app = {
	name: 'Cap Libre',
	tagline: 'Logiciels, économies et souveraineté numérique',
	skipToContent: 'Aller au contenu',
	mainNav: 'Navigation principale',
	organisation: 'Collectivité',
	switchOrganisation: 'Changer de collectivité',
	demoBanner: 'Données de démonstration : commune fictive.',
	language: 'Langue',
	switchTo: 'English',
	footer: 'Cap Libre — logiciel libre (AGPL-3.0). Aucune donnée ne quitte ce serveur.'
};

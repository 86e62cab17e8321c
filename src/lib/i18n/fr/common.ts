export const common = {
	notFound: 'Page introuvable',
	error: 'Une erreur est survenue',
	backHome: 'Retour au tableau de bord'
};

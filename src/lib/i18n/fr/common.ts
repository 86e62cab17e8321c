export const common = {
	comingSoon: 'Cette page sera disponible dans une prochaine version.',
	notFound: 'Page introuvable',
	error: 'Une erreur est survenue',
	backHome: 'Retour au tableau de bord'
};

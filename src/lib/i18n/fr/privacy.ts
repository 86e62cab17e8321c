export const privacy = {
	title: 'Données personnelles',
	intro:
		'Cap Libre analyse l’usage des logiciels par les agents de la collectivité pour mesurer les licences payées mais inutilisées. Cette page décrit ce traitement, conformément au RGPD.',
	controller: 'Responsable du traitement',
	controllerValue: 'La collectivité « {org} », représentée par son maire ou son président.',
	purpose: 'Finalité',
	purposeValue:
		'Mesurer l’utilisation des logiciels payés par la collectivité (postes payés et postes utilisés), préparer et suivre la migration vers des logiciels libres. Aucune évaluation individuelle des agents.',
	legalBasis: 'Base légale',
	legalBasisValue: 'Mission d’intérêt public (article 6-1-e du RGPD) : bonne gestion des deniers publics.',
	data: 'Données traitées',
	dataValue:
		'Pour chaque agent : un pseudonyme (empreinte HMAC-SHA256 de son identifiant, calculée avec une clé propre à l’instance), son service, les logiciels utilisés, la date de dernière activité et des compteurs d’activité, par période de rapport. Les adresses e-mail, noms et prénoms présents dans les fichiers importés sont supprimés avant tout enregistrement.',
	recipients: 'Destinataires',
	recipientsValue:
		'Les agents des finances et l’administrateur de Cap Libre de la collectivité. Les élus ne voient que des chiffres agrégés, jamais sur un groupe de moins de {k} agents.',
	retention: 'Durée de conservation',
	retentionValue:
		'Données individuelles : {months} mois après la date du rapport, puis suppression automatique (journalisée). Chiffres agrégés : durée du suivi du plan de migration.',
	rights: 'Droits des agents',
	rightsValue:
		'Accès, rectification, effacement, limitation et opposition : auprès de l’administrateur de Cap Libre ou du délégué à la protection des données de la collectivité. L’administrateur peut exporter et effacer les données d’un agent depuis les Paramètres.',
	security: 'Sécurité',
	securityValue:
		'Hébergement par la collectivité, aucune requête vers un tiers, mots de passe argon2id, sessions côté serveur, journal d’audit, clé de pseudonymisation conservée hors de la base.',
	transfers: 'Transferts hors UE',
	transfersValue: 'Aucun : Cap Libre ne transmet aucune donnée à un tiers.',
	register: 'Fiche pour le registre des traitements',
	registerIntro:
		'Téléchargez la fiche à verser au registre des activités de traitement (article 30 du RGPD).',
	registerDownload: 'Télécharger la fiche (texte)',
	noTracking:
		'Cap Libre ne mesure pas l’audience de ses propres utilisateurs et ne dépose qu’un cookie de session.'
};

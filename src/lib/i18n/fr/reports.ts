export const reports = {
	title: 'Rapports'
};

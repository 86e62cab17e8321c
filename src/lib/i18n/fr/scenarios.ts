export const scenarios = {
	title: 'Scénarios'
};

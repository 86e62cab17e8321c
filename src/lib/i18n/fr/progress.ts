export const progress = {
	title: 'Progression'
};

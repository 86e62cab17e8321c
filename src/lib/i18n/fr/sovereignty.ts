export const sovereignty = {
	title: 'Souveraineté'
};

export const products = {
	title: 'Produits'
};

import type { Messages } from '../fr';

export const products: Messages['products'] = {
	title: 'Products'
};

import { listProductsForAdmin } from '$lib/server/services/products-admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	products: locals.org ? listProductsForAdmin(locals.db, locals.org.id) : []
});

import { error, fail } from '@sveltejs/kit';
import { getMessages } from '$lib/i18n';
import { updateProductAttributes } from '$lib/server/services/products-admin';
import { getProductDetail } from '$lib/server/services/products-detail';
import { ATTRIBUTE_FIELDS, type ProductAttributesInput } from '$lib/server/services/products-validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) => {
	const product = locals.org ? getProductDetail(locals.db, locals.org.id, Number(params.id)) : null;
	if (!product) error(404, getMessages(locals.lang).products.detail.notFound);
	return { product };
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		if (!locals.org) return fail(404);
		const form = await request.formData();
		const input: ProductAttributesInput = Object.fromEntries(
			ATTRIBUTE_FIELDS.map((field) => [field, String(form.get(field) ?? '')])
		);
		const result = updateProductAttributes(locals.db, locals.org.id, Number(params.id), input, {
			userId: locals.user?.userId ?? null,
			label: locals.user?.email ?? 'anonyme'
		});
		if (!result.ok && result.notFound) return fail(404, { errors: {}, values: input });
		if (!result.ok) return fail(400, { errors: result.errors, values: input });
		return { saved: true, filledFromCatalogue: result.filledFromCatalogue };
	}
};

export const licences = {
	title: 'Logiciels et licences'
};

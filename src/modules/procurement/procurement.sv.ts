/** The module's own texts that belong to no one part (Swedish, the source). */
export const procurementSv = {
  errors: {
    opportunityNotFound: (id: string) => `Det finns ingen publicerad upphandling med id ${id}.`,
  },
};

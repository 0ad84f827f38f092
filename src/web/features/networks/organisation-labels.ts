const kinds = ['company', 'sse', 'association', 'research', 'training', 'employment', 'public', 'agency'] as const;
type Kind = (typeof kinds)[number];

/** The translation key of an organisation kind; unknown kinds read as "other". */
export function organisationKindKey(kind: string): `organisationKinds.${Kind | 'other'}` {
  return (kinds as readonly string[]).includes(kind) ? `organisationKinds.${kind as Kind}` : 'organisationKinds.other';
}

import { useTranslation } from 'react-i18next';
import { countries } from './directory-filters';
import type { Country } from './directory-filters';

export const isCountry = (value: string): value is Country => (countries as readonly string[]).includes(value);

/** The country as a short code badge with its name in the reader's language. */
export function CountryBadge({ country }: { country: string }) {
  const { t } = useTranslation();
  const name = isCountry(country) ? t(`countries.${country}`) : country;
  return (
    <span className="country">
      <span className={`country__flag country__flag--${country.toLowerCase()}`} aria-hidden="true">
        {country}
      </span>
      <span className="country__name">{name}</span>
    </span>
  );
}

import type { Locale, OrganisationKind, Role, Translated, Visibility } from '../../db/schema';
import { type DemoCohort, demoCohorts, localNetworkOf } from './demo-cohorts';
import { brandPrefixes, inventBrand, legalFormsFor, legalNameOf, naturalRegions, slugify } from './demo-naming';
import type { DemoNetworkSlug } from './demo-networks';
import { cultureOf, familyNames, givenNames, jobTitles, localeOf, type NameCulture } from './demo-people';
import { communesIn, type DemoCommune } from './demo-places';
import { createDemoRandom, type DemoRandom } from './demo-random';
import { type DemoSector, sectorByKey } from './demo-sectors';
import { fixedDemoUsers } from './demo-fixed-users';

/**
 * The demo territory as plain data, before it touches a database: organisations and people refer to each other by
 * index. Pure and seeded, so every installation gets the same organisations in the same order.
 */
export interface DemoOrganisationPlan {
  tag: string;
  name: string;
  legalName: string;
  kind: OrganisationKind;
  country: DemoCommune['country'];
  postcode: string;
  commune: string;
  latitude: number;
  longitude: number;
  naceCodes: string[];
  website: string;
  email: string;
  description: Translated;
  visibility: Visibility;
  publicConsent: boolean;
  networks: DemoNetworkSlug[];
  /** Indexes of the organisations a profile with visibility 'organisations' is shared with. */
  sharedWith: number[];
}

export interface DemoUserPlan {
  email: string;
  name: string;
  locale: Locale;
  isAdmin: boolean;
  roles: { network: DemoNetworkSlug; role: Role }[];
  represents: { organisation: number; jobTitle: string }[];
}

export interface DemoTerritory {
  organisations: DemoOrganisationPlan[];
  users: DemoUserPlan[];
}

// Any constant works; changing it reshuffles the whole demo territory, so it stays fixed.
const DEMO_SEED = 0x4d41494c;

// Operators answer the needs members post: they join networks as partners, not members (PRODUCT.md, "Who uses it").
const partnerSectors = new Set(['employment', 'trainingcentre', 'school', 'highered', 'chamber']);
const publicActorKinds = new Set<OrganisationKind>(['employment', 'training', 'public', 'agency', 'research']);

const sentences: Record<Locale, { at: (c: string) => string; staff: (n: number) => string; founded: (y: number) => string }> = {
  fr: { at: (c) => `Implantée à ${c}.`, staff: (n) => `${n} salariés.`, founded: (y) => `Fondée en ${y}.` },
  de: { at: (c) => `Standort: ${c}.`, staff: (n) => `${n} Beschäftigte.`, founded: (y) => `Gegründet ${y}.` },
  en: { at: (c) => `Based in ${c}.`, staff: (n) => `${n} employees.`, founded: (y) => `Founded in ${y}.` },
  nl: { at: (c) => `Gevestigd in ${c}.`, staff: (n) => `${n} medewerkers.`, founded: (y) => `Opgericht in ${y}.` },
};

// Digital firms, biotech and most social enterprises are young; sawmills and breweries can be a century old.
const youngSectors = new Set(['software', 'data', 'smart', 'ecommerce', 'opensource', 'biotech', 'medtech', 'energycoop', 'renewables', 'recruitment', 'labtest', 'energy']);
function foundedSince(sector: DemoSector): number {
  if (youngSectors.has(sector.key)) return 1988;
  return sector.kind === 'sse' || sector.kind === 'association' ? 1975 : 1890;
}

/** French always (the product's default language), plus the languages a partner across the border would read. */
function descriptionLocales(commune: DemoCommune, random: DemoRandom): Locale[] {
  const locales: Locale[] = ['fr'];
  if (commune.area === 'be-lux' || commune.area === 'be-liege') locales.push(random.chance(0.5) ? 'nl' : 'en');
  else if (commune.area === 'lu') locales.push('de', 'en');
  else if (commune.area === 'fr-nancy' || commune.area === 'fr-longwy') locales.push('en');
  else locales.push('de');
  if (!locales.includes('en') && random.chance(0.25)) locales.push('en');
  return locales;
}

class DemoBuilder {
  private readonly random = createDemoRandom(DEMO_SEED);
  private readonly names = new Set<string>();
  private readonly domains = new Set<string>();
  private readonly emails = new Set<string>();
  readonly organisations: DemoOrganisationPlan[] = [];
  readonly users: DemoUserPlan[] = [];

  /** Always two joined family names: a single common name ("Boulangerie Dubois") is too likely to be a real firm. */
  familyName(culture: NameCulture): string {
    const [first, second] = this.random.sample(familyNames[culture], 2);
    return `${first}-${second}`;
  }

  inventName(sector: DemoSector, commune: DemoCommune, language: 'fr' | 'de'): string {
    const culture = cultureOf(commune.area);
    for (let attempt = 0; attempt < 30; attempt++) {
      const pattern = this.random.pick(language === 'de' ? sector.namesDe : sector.namesFr);
      const name = pattern
        .replace('{family}', () => this.familyName(culture))
        .replace('{brand}', () => inventBrand(this.random.pick(brandPrefixes[commune.area]), this.random.pick(sector.roots)))
        .replace('{region}', () => this.random.pick(naturalRegions[commune.area]));
      if (!this.names.has(name)) return name;
    }
    // Single-pattern sectors (agencies, chambers) run out of regions: the commune tells them apart.
    const base = this.random.pick(language === 'de' ? sector.namesDe : sector.namesFr).replace(/\{\w+\}/g, commune.name);
    let name = base;
    for (let n = 2; this.names.has(name); n++) name = `${base} ${n}`;
    return name;
  }

  uniqueDomain(name: string): string {
    const base = slugify(name).slice(0, 40).replace(/-+$/, '');
    let domain = base;
    for (let n = 2; this.domains.has(domain); n++) domain = `${base}-${n}`;
    this.domains.add(domain);
    return domain;
  }

  uniqueEmail(local: string, domain: string): string {
    let email = `${local}@${domain}`;
    for (let n = 2; this.emails.has(email); n++) email = `${local}${n}@${domain}`;
    this.emails.add(email);
    return email;
  }

  addOrganisation(cohort: DemoCohort, index: number): void {
    const random = this.random;
    const sector = sectorByKey(cohort.sectors[index % cohort.sectors.length]!);
    const communes = communesIn(cohort.areas).filter((c) => !cohort.communes || cohort.communes.includes(c.name));
    const commune = random.pick(communes);
    const culture = cultureOf(commune.area);
    const nameLanguage = culture === 'germany' || (culture === 'luxembourg' && random.chance(0.3)) ? 'de' : 'fr';
    const name = cohort.name ?? this.inventName(sector, commune, nameLanguage);
    this.names.add(name);
    const forms = legalFormsFor(sector.kind, commune.country);
    const legalName = legalNameOf(name, forms.length > 0 ? random.pick(forms) : undefined);
    const domain = this.uniqueDomain(name);

    const [mainCode, ...otherCodes] = sector.nace;
    const naceCodes = [mainCode, ...otherCodes.filter(() => random.chance(0.5))];
    const staffRange = cohort.staff ?? sector.staff;
    const staff = staffRange ? random.between(staffRange[0], staffRange[1]) : undefined;
    const founded = publicActorKinds.has(sector.kind) ? undefined : random.between(foundedSince(sector), 2021);
    const description: Translated = {};
    for (const locale of descriptionLocales(commune, random)) {
      const s = sentences[locale];
      const parts = [sector.activity[locale], s.at(commune.name)];
      if (staff !== undefined) parts.push(s.staff(staff));
      if (founded !== undefined) parts.push(s.founded(founded));
      description[locale] = parts.join(' ');
    }

    let visibility: Visibility = 'network';
    const roll = random.next();
    if (publicActorKinds.has(sector.kind)) visibility = roll < 0.8 ? 'public' : 'network';
    else if (roll < 0.16) visibility = 'public';
    else if (roll < 0.21) visibility = 'coordinators';
    else if (roll < 0.26) visibility = 'organisations';

    const networks: DemoNetworkSlug[] = [cohort.network];
    const join = (slug: DemoNetworkSlug) => {
      if (!networks.includes(slug)) networks.push(slug);
    };
    if (cohort.also && random.chance(cohort.also.probability)) join(cohort.also.network);
    if (cohort.alsoLocal && random.chance(cohort.alsoLocal)) join(localNetworkOf[commune.area]);

    const organisation = this.organisations.length;
    this.organisations.push({
      tag: cohort.tag,
      name,
      legalName,
      kind: sector.kind,
      country: commune.country,
      postcode: commune.postcode,
      commune: commune.name,
      latitude: commune.lat,
      longitude: commune.lon,
      naceCodes,
      website: `https://www.${domain}.demo`,
      email: `contact@${domain}.demo`,
      description,
      visibility,
      publicConsent: visibility === 'public',
      networks,
      sharedWith: [],
    });

    // Large plants have both a plant director and an HR or purchasing contact; others one or two people.
    const repCount = (staff ?? 0) >= 300 || random.chance(0.35) ? 2 : 1;
    const role: Role = partnerSectors.has(sector.key) ? 'partner' : 'member';
    for (const job of random.sample(sector.jobs, repCount)) {
      const personCulture = culture === 'wallonia' && random.chance(0.1) ? 'flanders' : culture;
      const given = random.pick(givenNames[personCulture]);
      const family = random.pick(familyNames[personCulture]);
      const locale = localeOf(personCulture, random.next());
      this.users.push({
        email: this.uniqueEmail(`${slugify(given)}.${slugify(family)}`, `${domain}.demo`),
        name: `${given} ${family}`,
        locale,
        isAdmin: false,
        roles: networks.map((network) => ({ network, role })),
        represents: [{ organisation, jobTitle: jobTitles[job][locale] }],
      });
    }
  }

  /** Confidential profiles shown to a few named peers of the same network, as a competitor would choose. */
  addShares(): void {
    this.organisations.forEach((org, index) => {
      if (org.visibility !== 'organisations') return;
      const peers = this.organisations.flatMap((other, j) => (j !== index && other.networks.includes(org.networks[0]!) ? [j] : []));
      org.sharedWith = this.random.sample(peers, this.random.between(2, 4)).sort((a, b) => a - b);
    });
  }

  firstTagged(tag: string): number {
    const index = this.organisations.findIndex((o) => o.tag === tag);
    if (index < 0) throw new Error(`No demo organisation tagged "${tag}"`);
    return index;
  }
}

export function buildDemoTerritory(): DemoTerritory {
  const builder = new DemoBuilder();
  for (const cohort of demoCohorts) for (let i = 0; i < cohort.count; i++) builder.addOrganisation(cohort, i);
  builder.addShares();
  const fixed = fixedDemoUsers.map((user) => ({
    email: user.email,
    name: user.name,
    locale: user.locale,
    isAdmin: user.isAdmin ?? false,
    roles: user.roles,
    represents: (user.represents ?? []).map((r) => ({ organisation: builder.firstTagged(r.tag), jobTitle: r.jobTitle })),
  }));
  return { organisations: builder.organisations, users: [...fixed, ...builder.users] };
}

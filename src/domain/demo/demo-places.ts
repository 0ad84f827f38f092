/**
 * Real communes of the Grande Région where the fictional demo organisations are located: real names, real postcodes
 * and approximate real coordinates (town centres, four decimals), typed by hand so the product ships no postal
 * data set. Grouped by area so each demo network draws its members from its own territory.
 */
export type DemoCountry = 'BE' | 'LU' | 'FR' | 'DE';

export type DemoArea =
  | 'be-lux' // Belgian province of Luxembourg (REMALUX)
  | 'be-liege' // Liège metropolis (GRE-Liège)
  | 'be-east' // German-speaking Community, province of Liège
  | 'lu' // Grand Duchy of Luxembourg
  | 'fr-alsace-north' // Bas-Rhin, North Alsace (Résilian)
  | 'fr-nancy' // Meurthe-et-Moselle, Nancy area
  | 'fr-longwy' // Meurthe-et-Moselle, Pays-Haut on the Luxembourg border
  | 'de-saar' // Saarland
  | 'de-trier' // Rheinland-Pfalz, Trier and the Eifel
  | 'de-pfalz'; // Rheinland-Pfalz, Palatinate next to Wissembourg

export interface DemoCommune {
  name: string;
  postcode: string;
  country: DemoCountry;
  area: DemoArea;
  lat: number;
  lon: number;
}

const c = (area: DemoArea, country: DemoCountry, name: string, postcode: string, lat: number, lon: number): DemoCommune => ({
  name,
  postcode,
  country,
  area,
  lat,
  lon,
});

export const demoCommunes: readonly DemoCommune[] = [
  c('be-lux', 'BE', 'Arlon', '6700', 49.6833, 5.8167),
  c('be-lux', 'BE', 'Marche-en-Famenne', '6900', 50.2268, 5.3442),
  c('be-lux', 'BE', 'Aye', '6900', 50.2247, 5.3006),
  c('be-lux', 'BE', 'Libramont-Chevigny', '6800', 49.9496, 5.4292),
  c('be-lux', 'BE', 'Bastogne', '6600', 50.0035, 5.7184),
  c('be-lux', 'BE', 'Virton', '6760', 49.5682, 5.5326),
  c('be-lux', 'BE', 'Neufchâteau', '6840', 49.8407, 5.4353),
  c('be-lux', 'BE', 'Bertrix', '6880', 49.856, 5.2554),
  c('be-lux', 'BE', 'Aubange', '6790', 49.5665, 5.8049),
  c('be-lux', 'BE', 'Messancy', '6780', 49.592, 5.8188),
  c('be-lux', 'BE', 'Durbuy', '6940', 50.3529, 5.4563),
  c('be-lux', 'BE', 'Hotton', '6990', 50.2674, 5.4461),
  c('be-lux', 'BE', 'Vielsalm', '6690', 50.2841, 5.915),
  c('be-lux', 'BE', 'Saint-Hubert', '6870', 50.0267, 5.374),
  c('be-lux', 'BE', 'Habay-la-Neuve', '6720', 49.7282, 5.6474),
  c('be-lux', 'BE', 'Florenville', '6820', 49.6998, 5.3074),
  c('be-lux', 'BE', 'Houffalize', '6660', 50.1324, 5.7896),
  c('be-lux', 'BE', 'Bouillon', '6830', 49.7932, 5.067),
  c('be-lux', 'BE', 'La Roche-en-Ardenne', '6980', 50.1836, 5.5755),
  c('be-lux', 'BE', 'Étalle', '6740', 49.6738, 5.6002),
  c('be-liege', 'BE', 'Liège', '4000', 50.6337, 5.5675),
  c('be-liege', 'BE', 'Angleur', '4031', 50.6113, 5.5994),
  c('be-liege', 'BE', 'Seraing', '4100', 50.5836, 5.5011),
  c('be-liege', 'BE', 'Herstal', '4040', 50.6642, 5.6235),
  c('be-liege', 'BE', 'Flémalle', '4400', 50.6022, 5.4436),
  c('be-liege', 'BE', 'Grâce-Hollogne', '4460', 50.6345, 5.4757),
  c('be-liege', 'BE', 'Ans', '4430', 50.6623, 5.5203),
  c('be-liege', 'BE', 'Chaudfontaine', '4050', 50.5828, 5.6341),
  c('be-liege', 'BE', 'Verviers', '4800', 50.5891, 5.8624),
  c('be-liege', 'BE', 'Huy', '4500', 50.5189, 5.2328),
  c('be-liege', 'BE', 'Visé', '4600', 50.7376, 5.6991),
  c('be-liege', 'BE', 'Waremme', '4300', 50.6976, 5.2552),
  c('be-liege', 'BE', 'Engis', '4480', 50.5816, 5.3992),
  c('be-east', 'BE', 'Eupen', '4700', 50.6279, 6.0365),
  c('be-east', 'BE', 'Sankt Vith', '4780', 50.2815, 6.1272),
  c('lu', 'LU', 'Luxembourg', 'L-1855', 49.6275, 6.1612),
  c('lu', 'LU', 'Luxembourg', 'L-1511', 49.6217, 6.1118),
  c('lu', 'LU', 'Esch-sur-Alzette', 'L-4365', 49.5041, 5.9488),
  c('lu', 'LU', 'Differdange', 'L-4501', 49.5248, 5.8891),
  c('lu', 'LU', 'Dudelange', 'L-3401', 49.4901, 6.081),
  c('lu', 'LU', 'Bettembourg', 'L-3201', 49.5133, 6.1139),
  c('lu', 'LU', 'Foetz', 'L-3895', 49.524, 6.0125),
  c('lu', 'LU', 'Contern', 'L-5310', 49.5865, 6.2302),
  c('lu', 'LU', 'Munsbach', 'L-5365', 49.641, 6.2719),
  c('lu', 'LU', 'Windhof', 'L-8399', 49.6479, 5.9585),
  c('lu', 'LU', 'Steinfort', 'L-8401', 49.6589, 5.9084),
  c('lu', 'LU', 'Mersch', 'L-7501', 49.7453, 6.1),
  c('lu', 'LU', 'Ettelbruck', 'L-9001', 49.8464, 6.0991),
  c('lu', 'LU', 'Diekirch', 'L-9201', 49.8681, 6.1576),
  c('lu', 'LU', 'Wiltz', 'L-9501', 49.9687, 5.9304),
  c('lu', 'LU', 'Clervaux', 'L-9701', 50.0634, 6.0218),
  c('lu', 'LU', 'Grevenmacher', 'L-6701', 49.6778, 6.442),
  c('lu', 'LU', 'Remich', 'L-5501', 49.5476, 6.3688),
  c('fr-alsace-north', 'FR', 'Haguenau', '67500', 48.8156, 7.7906),
  c('fr-alsace-north', 'FR', 'Wissembourg', '67160', 49.037, 7.946),
  c('fr-alsace-north', 'FR', 'Reichshoffen', '67110', 48.933, 7.664),
  c('fr-alsace-north', 'FR', 'Niederbronn-les-Bains', '67110', 48.951, 7.642),
  c('fr-alsace-north', 'FR', 'Gundershoffen', '67110', 48.906, 7.663),
  c('fr-alsace-north', 'FR', 'Bischwiller', '67240', 48.767, 7.856),
  c('fr-alsace-north', 'FR', 'Brumath', '67170', 48.733, 7.71),
  c('fr-alsace-north', 'FR', 'Schweighouse-sur-Moder', '67590', 48.831, 7.726),
  c('fr-alsace-north', 'FR', 'Soufflenheim', '67620', 48.83, 7.962),
  c('fr-alsace-north', 'FR', 'Betschdorf', '67660', 48.898, 7.903),
  c('fr-alsace-north', 'FR', 'Soultz-sous-Forêts', '67250', 48.937, 7.88),
  c('fr-alsace-north', 'FR', 'Seltz', '67470', 48.895, 8.107),
  c('fr-alsace-north', 'FR', 'Lauterbourg', '67630', 48.975, 8.18),
  c('fr-alsace-north', 'FR', 'Ingwiller', '67340', 48.873, 7.479),
  c('fr-alsace-north', 'FR', 'Drusenheim', '67410', 48.762, 7.95),
  c('fr-nancy', 'FR', 'Nancy', '54000', 48.6921, 6.1844),
  c('fr-nancy', 'FR', 'Vandœuvre-lès-Nancy', '54500', 48.657, 6.169),
  c('fr-nancy', 'FR', 'Villers-lès-Nancy', '54600', 48.673, 6.153),
  c('fr-nancy', 'FR', 'Laxou', '54520', 48.686, 6.149),
  c('fr-nancy', 'FR', 'Maxéville', '54320', 48.713, 6.165),
  c('fr-nancy', 'FR', 'Ludres', '54710', 48.619, 6.164),
  c('fr-nancy', 'FR', 'Pont-à-Mousson', '54700', 48.905, 6.054),
  c('fr-nancy', 'FR', 'Lunéville', '54300', 48.589, 6.496),
  c('fr-nancy', 'FR', 'Toul', '54200', 48.675, 5.891),
  c('fr-nancy', 'FR', 'Dombasle-sur-Meurthe', '54110', 48.62, 6.35),
  c('fr-longwy', 'FR', 'Longwy', '54400', 49.519, 5.761),
  c('fr-longwy', 'FR', 'Mont-Saint-Martin', '54350', 49.541, 5.783),
  c('fr-longwy', 'FR', 'Villerupt', '54190', 49.469, 5.929),
  c('fr-longwy', 'FR', 'Longuyon', '54260', 49.443, 5.605),
  c('fr-longwy', 'FR', 'Réhon', '54430', 49.5, 5.756),
  c('de-saar', 'DE', 'Saarbrücken', '66111', 49.2354, 6.9969),
  c('de-saar', 'DE', 'Völklingen', '66333', 49.2516, 6.8587),
  c('de-saar', 'DE', 'Saarlouis', '66740', 49.3137, 6.7515),
  c('de-saar', 'DE', 'Dillingen/Saar', '66763', 49.3556, 6.7278),
  c('de-saar', 'DE', 'Homburg', '66424', 49.3264, 7.3387),
  c('de-saar', 'DE', 'Neunkirchen', '66538', 49.3448, 7.1799),
  c('de-saar', 'DE', 'Sankt Ingbert', '66386', 49.277, 7.1167),
  c('de-saar', 'DE', 'Merzig', '66663', 49.4433, 6.6387),
  c('de-saar', 'DE', 'Perl', '66706', 49.4717, 6.3813),
  c('de-trier', 'DE', 'Trier', '54290', 49.7566, 6.6414),
  c('de-trier', 'DE', 'Konz', '54329', 49.7005, 6.5765),
  c('de-trier', 'DE', 'Saarburg', '54439', 49.6064, 6.5437),
  c('de-trier', 'DE', 'Bitburg', '54634', 49.9679, 6.5273),
  c('de-trier', 'DE', 'Wittlich', '54516', 49.986, 6.8931),
  c('de-trier', 'DE', 'Prüm', '54595', 50.2078, 6.4202),
  c('de-trier', 'DE', 'Hermeskeil', '54411', 49.6553, 6.9441),
  c('de-pfalz', 'DE', 'Landau in der Pfalz', '76829', 49.1984, 8.1169),
  c('de-pfalz', 'DE', 'Bad Bergzabern', '76887', 49.1035, 7.9608),
  c('de-pfalz', 'DE', 'Pirmasens', '66953', 49.201, 7.605),
  c('de-pfalz', 'DE', 'Zweibrücken', '66482', 49.2469, 7.3695),
  c('de-pfalz', 'DE', 'Kaiserslautern', '67655', 49.444, 7.769),
];

export function communesIn(areas: readonly DemoArea[]): DemoCommune[] {
  return demoCommunes.filter((commune) => areas.includes(commune.area));
}

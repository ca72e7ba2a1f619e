package org.talentbruecke.app.demo;

import java.util.List;

/**
 * The kinds of business the demo employers are made of ({@link DemoEmployerGenerator}): care homes,
 * hospitals, logistics centres, crafts businesses, hotels, IT firms, manufacturers and retailers,
 * each with the languages it serves, the countries it trades with, what it offers newcomers and the
 * openings it typically posts (in shipped ESCO occupations).
 */
final class DemoSectors {
  private static final String OCC = "http://data.europa.eu/esco/occupation/";

  private DemoSectors() {}

  /** One opening an employer of a sector typically posts. */
  record Job(
      String title,
      String occupation,
      String hours,
      String german,
      String kind,
      int payMin,
      int payMax) {}

  /** One kind of business, with what it typically is, speaks, trades and offers. */
  record Sector(
      String nameFormat,
      String legalForm,
      String nace,
      List<String> sizes,
      List<String> languages,
      List<String> countries,
      String offers,
      List<Job> jobs) {}

  static final List<Sector> SECTORS =
      List.of(
          new Sector(
              "Seniorenzentrum %s",
              "GMBH",
              "Q",
              List.of("SMALL", "MEDIUM"),
              List.of("tr", "ru", "ar"),
              List.of(),
              "Feste Mentorin, Deutschkurs in der Arbeitszeit, Hilfe bei der Anerkennung.",
              List.of(
                  new Job(
                      "Pflegehilfskraft (m/w/d)",
                      OCC + "d38c2107-98f2-47b7-8bb4-f69750d51082",
                      "SHIFTS",
                      "A2",
                      "JOB",
                      2300,
                      2700),
                  new Job(
                      "Pflegefachkraft (m/w/d)",
                      OCC + "8d3e8aaa-791b-4c75-a465-f3f827028f50",
                      "SHIFTS",
                      "B1",
                      "JOB",
                      3400,
                      4000))),
          new Sector(
              "Klinikum %s",
              "PUBLIC_BODY",
              "Q",
              List.of("LARGE"),
              List.of("en", "ar", "uk", "tr"),
              List.of(),
              "Anpassungslehrgang im Haus, Fachsprachkurs, Wohnheimzimmer für den Anfang.",
              List.of(
                  new Job(
                      "Gesundheits- und Krankenpfleger (m/w/d)",
                      OCC + "8d3e8aaa-791b-4c75-a465-f3f827028f50",
                      "SHIFTS",
                      "B2",
                      "JOB",
                      3500,
                      4200),
                  new Job(
                      "Empfangskraft Patientenaufnahme (m/w/d)",
                      OCC + "3469cbcc-5332-41dc-977a-29cf1b7ef7be",
                      "PART_TIME",
                      "B2",
                      "JOB",
                      2500,
                      2900))),
          new Sector(
              "Logistikzentrum %s",
              "GMBH_CO_KG",
              "H",
              List.of("MEDIUM", "LARGE"),
              List.of("pl", "ro", "en"),
              List.of("PL", "CZ", "NL"),
              "Staplerschein auf Firmenkosten, Schichtpläne mit Rücksicht auf Kurse.",
              List.of(
                  new Job(
                      "Lagerhelfer (m/w/d)",
                      OCC + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f",
                      "SHIFTS",
                      "A2",
                      "JOB",
                      2400,
                      2800),
                  new Job(
                      "Gabelstaplerfahrer (m/w/d)",
                      OCC + "eeac6251-1974-42f5-91ed-513c6c883755",
                      "SHIFTS",
                      "A2",
                      "JOB",
                      2600,
                      3000),
                  new Job(
                      "Kommissionierer (m/w/d)",
                      OCC + "cd94def5-3442-4c2e-ae3d-0761a3008bcb",
                      "MINI_JOB",
                      "A1",
                      "JOB",
                      538,
                      538))),
          new Sector(
              "Tischlerei %s",
              "SOLE_TRADER",
              "C",
              List.of("MICRO"),
              List.of(),
              List.of("AT"),
              "Einarbeitung durch die Meisterin, Ausbildung mit Sprachförderung.",
              List.of(
                  new Job(
                      "Tischler (m/w/d)",
                      OCC + "e1416610-ad08-4f37-8b46-9f99632a5c0f",
                      "FULL_TIME",
                      "B1",
                      "JOB",
                      2900,
                      3400),
                  new Job(
                      "Ausbildung Tischler (m/w/d)",
                      OCC + "e1416610-ad08-4f37-8b46-9f99632a5c0f",
                      "FULL_TIME",
                      "B1",
                      "APPRENTICESHIP",
                      0,
                      0))),
          new Sector(
              "Sanitär- und Heizungsbau %s",
              "GMBH",
              "F",
              List.of("MICRO", "SMALL"),
              List.of("tr"),
              List.of(),
              "Führerschein Klasse B wird bezahlt, feste Kolonne mit Ansprechperson.",
              List.of(
                  new Job(
                      "Anlagenmechaniker SHK (m/w/d)",
                      OCC + "3ce9c89d-6f1a-48b5-942d-386e46e2fd06",
                      "FULL_TIME",
                      "B1",
                      "JOB",
                      3000,
                      3600))),
          new Sector(
              "Hotel am Stadtpark %s",
              "GMBH",
              "I",
              List.of("SMALL"),
              List.of("en", "fr", "es", "ar"),
              List.of("GB", "US", "SA"),
              "Deutschkurs im Haus, Dienstpläne mit Rücksicht auf Kurse, Essen frei.",
              List.of(
                  new Job(
                      "Koch (m/w/d)",
                      OCC + "90f75f67-495d-49fa-ab57-2f320e251d7e",
                      "SHIFTS",
                      "A2",
                      "JOB",
                      2600,
                      3100),
                  new Job(
                      "Servicekraft (m/w/d)",
                      OCC + "d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471",
                      "PART_TIME",
                      "A2",
                      "JOB",
                      2200,
                      2500),
                  new Job(
                      "Mitarbeiter Empfang (m/w/d)",
                      OCC + "f7b04542-d8c7-42db-8475-e63b507cce82",
                      "SHIFTS",
                      "B1",
                      "JOB",
                      2500,
                      2800))),
          new Sector(
              "%s Software GmbH",
              "GMBH",
              "J",
              List.of("SMALL", "MEDIUM"),
              List.of("en", "uk", "ar", "fa"),
              List.of("US", "IN", "UA"),
              "Englisch als Arbeitssprache, Deutschkurs bezahlt, flexible Zeiten.",
              List.of(
                  new Job(
                      "Softwareentwickler (m/w/d)",
                      OCC + "f2b15a0e-e65a-438a-affb-29b9d50b77d1",
                      "FULL_TIME",
                      "A2",
                      "JOB",
                      4200,
                      5600),
                  new Job(
                      "IT-Systemadministrator (m/w/d)",
                      OCC + "9e2e6e1e-363b-4e1b-a673-7bc0f7343300",
                      "FULL_TIME",
                      "B1",
                      "JOB",
                      3800,
                      4800))),
          new Sector(
              "Metallbau %s",
              "GMBH",
              "C",
              List.of("MEDIUM"),
              List.of("en", "tr", "pl"),
              List.of("TR", "PL", "CN"),
              "Einarbeitung an der Maschine mit Bildanleitungen, Deutsch am Arbeitsplatz.",
              List.of(
                  new Job(
                      "Maschinenbediener Stanzpresse (m/w/d)",
                      OCC + "60b9b847-d964-4a8a-a756-904080b0f35f",
                      "SHIFTS",
                      "A2",
                      "JOB",
                      2700,
                      3200),
                  new Job(
                      "Zerspanungsmechaniker (m/w/d)",
                      OCC + "898f99f7-8c0a-4212-9e58-9ab00379e5ae",
                      "SHIFTS",
                      "B1",
                      "JOB",
                      3100,
                      3700))),
          new Sector(
              "Markt %s",
              "KG",
              "G",
              List.of("SMALL", "MEDIUM"),
              List.of("tr", "ru", "ar", "pl"),
              List.of(),
              "Kundinnen und Kunden in vielen Sprachen: Ihre Sprachen helfen uns.",
              List.of(
                  new Job(
                      "Verkäufer (m/w/d)",
                      OCC + "9ba74e8a-c40c-4228-9998-eb3c7a5c11df",
                      "PART_TIME",
                      "B1",
                      "JOB",
                      2300,
                      2700),
                  new Job(
                      "Kassierer (m/w/d)",
                      OCC + "2b871272-bd61-4206-bd1a-0b96d7023098",
                      "MINI_JOB",
                      "A2",
                      "JOB",
                      538,
                      538))));
}

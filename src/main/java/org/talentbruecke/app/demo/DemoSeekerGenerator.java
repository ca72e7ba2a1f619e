package org.talentbruecke.app.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.talentbruecke.profile.application.ProfileData;

/**
 * Makes realistic, fictitious job seekers living in the municipalities of Region Hannover.
 *
 * <p>Person {@code i} depends only on the seed and {@code i} (each person has its own random
 * stream), so the same seed always gives the same people, a run can be continued where it stopped,
 * and any slice can be generated on its own. The first people are laid out so that every
 * municipality and every recognition state occurs from 21 people on; after that everything is drawn
 * at random with realistic weights.
 */
public final class DemoSeekerGenerator {
  /** Generated addresses are under their own subdomain of the reserved {@code .test} domain. */
  public static final String EMAIL_DOMAIN = "seekers.demo.test";

  static final List<String> RECOGNITION_STATES =
      List.of(
          "NOT_STARTED", "APPLIED", "FULL_EQUIVALENCE", "PARTIAL_EQUIVALENCE", "NOT_EQUIVALENT");
  private static final List<String> EMPLOYER_TYPES =
      List.of(
          "PRIVATE_COMPANY",
          "PRIVATE_COMPANY",
          "PRIVATE_COMPANY",
          "PUBLIC_SECTOR",
          "FAMILY_BUSINESS",
          "NON_PROFIT",
          "SELF_EMPLOYED");
  private static final List<String> INTERFACE_LANGUAGES = List.of("en", "ar", "uk", "tr");

  private final long seed;
  private final List<DemoOccupation> occupations;
  private final List<String> municipalities;
  private final LocalDate today;
  private final int totalWeight;

  /**
   * @param occupations the occupations to draw from (ESCO, with essential skills)
   * @param municipalities AGS codes of the region's municipalities, the region's capital first
   * @param today the reference date for availability and dates of the past
   */
  public DemoSeekerGenerator(
      long seed, List<DemoOccupation> occupations, List<String> municipalities, LocalDate today) {
    if (occupations.isEmpty() || municipalities.isEmpty()) {
      throw new IllegalArgumentException("Occupations and municipalities are needed");
    }
    this.seed = seed;
    this.occupations = List.copyOf(occupations);
    this.municipalities = List.copyOf(municipalities);
    this.today = today;
    this.totalWeight = Origin.ALL.stream().mapToInt(Origin::weight).sum();
  }

  public DemoSeeker seeker(int index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    Origin origin = origin(random);
    boolean woman = random.nextBoolean();
    String given = pick(random, woman ? origin.womenNames() : origin.menNames());
    String family = pick(random, origin.familyNames());
    String email =
        ascii(given)
            + "."
            + ascii(family)
            + "."
            + String.format(Locale.ROOT, "%06d", index)
            + "@"
            + EMAIL_DOMAIN;
    String preferred =
        origin.motherTongues().stream()
            .filter(INTERFACE_LANGUAGES::contains)
            .findFirst()
            .orElse(null);

    DemoOccupation occupation = occupations.get(random.nextInt(occupations.size()));
    int yearsInGermany = 1 + random.nextInt(9);
    int germanLevel = germanLevel(random, yearsInGermany);
    String home = index < municipalities.size() ? municipalities.get(index) : municipality(random);
    String recognition =
        index < RECOGNITION_STATES.size()
            ? RECOGNITION_STATES.get(index)
            : RECOGNITION_STATES.get(weighted(random, 30, 20, 20, 20, 10));

    List<ProfileData.Occupation> desired = new ArrayList<>();
    desired.add(new ProfileData.Occupation(occupation.uri(), true));
    if (random.nextInt(4) == 0) {
      DemoOccupation other = occupations.get(random.nextInt(occupations.size()));
      if (!other.uri().equals(occupation.uri())) {
        desired.add(new ProfileData.Occupation(other.uri(), false));
      }
    }
    ProfileData profile =
        new ProfileData(
            desired,
            skills(random, occupation, origin, yearsInGermany),
            work(random, occupation, origin, yearsInGermany),
            DemoLanguages.languages(random, origin, germanLevel, today),
            DemoLanguages.courses(random, germanLevel),
            List.of(
                DemoQualifications.qualification(
                    random, occupation, origin, recognition, yearsInGermany, today)),
            availability(random, origin, home),
            about(origin, occupation, yearsInGermany),
            random.nextInt(5) < 2 ? "ANONYMOUS_TO_VERIFIED_EMPLOYERS" : "STAFF_ONLY");
    return new DemoSeeker(index, email, given + " " + family, preferred, profile);
  }

  private Origin origin(SplittableRandom random) {
    int ticket = random.nextInt(totalWeight);
    for (Origin origin : Origin.ALL) {
      ticket -= origin.weight();
      if (ticket < 0) {
        return origin;
      }
    }
    throw new IllegalStateException("weights");
  }

  /** Hannover has about half of the region's people; the other 20 municipalities share the rest. */
  private String municipality(SplittableRandom random) {
    return random.nextBoolean()
        ? municipalities.get(0)
        : municipalities.get(1 + random.nextInt(municipalities.size() - 1));
  }

  /** Index into A1…C2; longer in Germany, better German, but never a sure thing. */
  private static int germanLevel(SplittableRandom random, int years) {
    int level = Math.min(4, (years + random.nextInt(4)) / 3);
    return Math.max(0, level);
  }

  private List<ProfileData.Skill> skills(
      SplittableRandom random, DemoOccupation occupation, Origin origin, int years) {
    List<String> essential = new ArrayList<>(occupation.essentialSkills());
    List<ProfileData.Skill> skills = new ArrayList<>();
    int wanted = Math.min(essential.size(), 3 + random.nextInt(6));
    for (int i = 0; i < wanted; i++) {
      String uri = essential.remove(random.nextInt(essential.size()));
      String level =
          List.of("BASIC", "EXPERIENCED", "EXPERIENCED", "EXPERT").get(random.nextInt(4));
      skills.add(new ProfileData.Skill(uri, null, level, years > 2 && random.nextBoolean()));
    }
    if (random.nextInt(3) == 0) {
      skills.add(
          new ProfileData.Skill(
              null,
              "Übersetzen und Dolmetschen für Kundschaft aus " + countryInGerman(origin.country()),
              "EXPERIENCED",
              years > 1));
    }
    return skills;
  }

  private List<ProfileData.Work> work(
      SplittableRandom random, DemoOccupation occupation, Origin origin, int years) {
    List<ProfileData.Work> history = new ArrayList<>();
    YearMonth arrival = YearMonth.from(today).minusYears(years).minusMonths(random.nextInt(12));
    YearMonth abroadEnd = arrival.minusMonths(1 + random.nextInt(6));
    YearMonth abroadStart =
        abroadEnd.minusYears(2 + random.nextInt(12)).minusMonths(random.nextInt(12));
    history.add(
        new ProfileData.Work(
            pick(random, EMPLOYER_TYPES),
            occupation.uri(),
            null,
            origin.country(),
            abroadStart.toString(),
            abroadEnd.toString(),
            null));
    if (years > 1 && random.nextBoolean()) {
      YearMonth start = arrival.plusMonths(6 + random.nextInt(12));
      YearMonth end = random.nextBoolean() ? null : start.plusMonths(3 + random.nextInt(18));
      if (end != null && end.isAfter(YearMonth.from(today))) {
        end = null;
      }
      if (!start.isAfter(YearMonth.from(today))) {
        history.add(
            new ProfileData.Work(
                "PRIVATE_COMPANY",
                null,
                List.of(
                        "Aushilfe",
                        "Helfer/in in der Produktion",
                        "Minijob im Einzelhandel",
                        "Lagerhelfer/in",
                        "Küchenhilfe")
                    .get(random.nextInt(5)),
                "DE",
                start.toString(),
                end == null ? null : end.toString(),
                null));
      }
    }
    return history;
  }

  private ProfileData.AvailabilityEntry availability(
      SplittableRandom random, Origin origin, String home) {
    List<String> hours =
        List.of(
                List.of("FULL_TIME"),
                List.of("FULL_TIME", "SHIFTS"),
                List.of("PART_TIME"),
                List.of("PART_TIME", "MINI_JOB"),
                List.of("FULL_TIME", "PART_TIME"))
            .get(random.nextInt(5));
    boolean drives = random.nextInt(5) < 2;
    String permit =
        origin.freeMovement()
            ? "NOT_REQUIRED"
            : "UA".equals(origin.country())
                ? "PERMITTED"
                : List.of(
                        "PERMITTED",
                        "PERMITTED",
                        "PERMITTED_WITH_RESTRICTIONS",
                        "APPLIED",
                        "NOT_STATED")
                    .get(random.nextInt(5));
    return new ProfileData.AvailabilityEntry(
        today.plusDays(random.nextInt(120)).toString(),
        hours,
        home,
        30 + 15 * random.nextInt(4),
        null,
        !drives,
        drives ? List.of("B") : List.of(),
        permit);
  }

  private static String about(Origin origin, DemoOccupation occupation, int years) {
    return "Ich komme aus "
        + countryInGerman(origin.country())
        + " und lebe seit "
        + years
        + (years == 1 ? " Jahr" : " Jahren")
        + " in der Region Hannover. Ich suche Arbeit als "
        + occupation.germanLabel()
        + ".";
  }

  private static String countryInGerman(String code) {
    return new Locale("", code).getDisplayCountry(Locale.GERMAN);
  }

  /** Index into weights, drawn with probability proportional to each. */
  private static int weighted(SplittableRandom random, int... weights) {
    int ticket = random.nextInt(Arrays.stream(weights).sum());
    for (int i = 0; i < weights.length; i++) {
      ticket -= weights[i];
      if (ticket < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** Lower-case ASCII for e-mail addresses: "Ayşe" → "ayse", "Łukasz" → "lukasz". */
  static String ascii(String name) {
    String folded =
        name.toLowerCase(Locale.ROOT).replace("ł", "l").replace("ı", "i").replace("ß", "ss");
    return Normalizer.normalize(folded, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^a-z0-9]", "");
  }
}

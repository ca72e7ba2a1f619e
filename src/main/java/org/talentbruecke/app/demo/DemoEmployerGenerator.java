package org.talentbruecke.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.talentbruecke.opening.application.OpeningInput;
import org.talentbruecke.opening.application.OrganisationProfileInput;
import org.talentbruecke.opening.application.RequirementsInput;
import org.talentbruecke.reference.domain.geo.Municipality;

/**
 * Realistic regional employers for the demo: care homes, hospitals, logistics centres, crafts
 * businesses, hotels, IT firms, manufacturers and retailers, spread over all 21 municipalities,
 * each with openings in shipped ESCO occupations. The same seed and sizes always give the same
 * employers, so a demo and a test see the same data.
 */
public final class DemoEmployerGenerator {
  /** A generated employer and its openings. */
  public record DemoEmployer(
      String name, OrganisationProfileInput profile, List<OpeningInput> openings) {}

  /**
   * After this many employers, sector and place repeat together (least common multiple of 9 and
   * 21).
   */
  private static final int CYCLE = 63;

  private DemoEmployerGenerator() {}

  /**
   * {@code size} employers from {@code seed} with {@code openings} openings between them; the
   * sectors take turns and the {@code places} (the region's municipalities) go round, so any size
   * of at least 21 covers the whole region. Each employer first gets the typical openings of its
   * sector; more wanted than that are added in turns, fewer are taken away from the last employers
   * first, and every employer keeps one as long as there are enough.
   */
  public static List<DemoEmployer> generate(
      long seed, int size, int openings, List<Municipality> places, LocalDate today) {
    if (openings < 0) {
      throw new IllegalArgumentException("negative number of openings: " + openings);
    }
    List<DemoEmployer> employers = typical(seed, size, places, today);
    if (employers.isEmpty()) {
      return employers;
    }
    List<List<OpeningInput>> lists = new ArrayList<>();
    employers.forEach(e -> lists.add(new ArrayList<>(e.openings())));
    int total = lists.stream().mapToInt(List::size).sum();
    if (total < openings) {
      // A second random stream, so the typical openings stay the same whatever the number.
      Random random = new Random(seed + 1);
      for (int k = 0; total < openings; k++, total++) {
        int i = k % employers.size();
        List<DemoSectors.Job> jobs = DemoSectors.SECTORS.get(i % DemoSectors.SECTORS.size()).jobs();
        DemoSectors.Job job = jobs.get((k / employers.size()) % jobs.size());
        String place = employers.get(i).profile().municipality();
        lists.get(i).add(opening(job, place, today.plusDays(7 + random.nextInt(60)), random));
      }
    }
    for (int keep = 1; total > openings; keep--) {
      for (int i = lists.size() - 1; i >= 0 && total > openings; i--) {
        while (lists.get(i).size() > keep && total > openings) {
          lists.get(i).remove(lists.get(i).size() - 1);
          total--;
        }
      }
    }
    List<DemoEmployer> result = new ArrayList<>();
    for (int i = 0; i < employers.size(); i++) {
      DemoEmployer e = employers.get(i);
      result.add(new DemoEmployer(e.name(), e.profile(), List.copyOf(lists.get(i))));
    }
    return result;
  }

  /** The employers with the openings typical of their sectors. */
  static List<DemoEmployer> typical(
      long seed, int size, List<Municipality> places, LocalDate today) {
    Random random = new Random(seed);
    List<DemoEmployer> employers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      DemoSectors.Sector sector = DemoSectors.SECTORS.get(i % DemoSectors.SECTORS.size());
      Municipality place = places.get(i % places.size());
      // A number keeps names unique once sectors repeat in the same place.
      int round = i / CYCLE;
      String name =
          String.format(sector.nameFormat(), place.name())
              + (round == 0 ? "" : " (" + (round + 1) + ")");
      OrganisationProfileInput profile =
          new OrganisationProfileInput(
              sector.legalForm(),
              sector.nace(),
              sector.sizes().get(random.nextInt(sector.sizes().size())),
              place.ags(),
              "Hauptstraße " + (1 + random.nextInt(120)),
              postcode(place.ags(), random),
              sector.languages(),
              sector.countries(),
              sector.offers());
      List<OpeningInput> openings = new ArrayList<>();
      for (DemoSectors.Job job : sector.jobs()) {
        if (random.nextInt(4) == 0 && !openings.isEmpty()) {
          continue; // not every business has every typical opening at once
        }
        openings.add(opening(job, place.ags(), today.plusDays(7 + random.nextInt(60)), random));
      }
      employers.add(new DemoEmployer(name, profile, openings));
    }
    return employers;
  }

  private static OpeningInput opening(
      DemoSectors.Job job, String municipality, LocalDate start, Random random) {
    boolean apprenticeship = "APPRENTICESHIP".equals(job.kind());
    String g = job.german();
    String writing = "A1".equals(g) || "A2".equals(g) ? "A1" : "A2";
    // Helper jobs take people whose recognition is still running; the rest keep the pre-set.
    String recognition = job.title().startsWith("Pflegehilfskraft") ? "IN_PROGRESS_ACCEPTED" : null;
    RequirementsInput requirements =
        new RequirementsInput(
            job.occupation(),
            List.of(),
            List.of(),
            apprenticeship ? null : random.nextInt(3),
            null,
            null,
            recognition,
            List.of());
    return new OpeningInput(
        job.title(),
        "Wir suchen Verstärkung in unserem Team. Sie werden gut eingearbeitet, und wir unterstützen beim Deutschlernen.",
        1 + random.nextInt(3),
        municipality,
        job.hours(),
        start,
        apprenticeship ? 36 : null,
        job.payMin() == 0 ? null : job.payMin(),
        job.payMax() == 0 ? null : job.payMax(),
        job.kind(),
        g,
        g,
        g,
        g,
        writing,
        true,
        random.nextBoolean(),
        random.nextBoolean(),
        true,
        requirements);
  }

  // Region Hannover's postcodes start with 30 or 31; the exact one does not matter in a demo.
  private static String postcode(String municipality, Random random) {
    return municipality.endsWith("001")
        ? "30" + (100 + random.nextInt(600))
        : "31" + (100 + random.nextInt(800));
  }
}

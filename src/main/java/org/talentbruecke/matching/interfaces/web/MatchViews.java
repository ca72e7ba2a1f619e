package org.talentbruecke.matching.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.talentbruecke.matching.application.MatchingService;
import org.talentbruecke.matching.application.RankedMatch;
import org.talentbruecke.matching.domain.Aspect;
import org.talentbruecke.matching.domain.CandidateSkill;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.LanguageAbility;
import org.talentbruecke.matching.domain.MatchCard;
import org.talentbruecke.matching.domain.MatchPart;
import org.talentbruecke.matching.domain.NextStep;
import org.talentbruecke.matching.domain.Qualification;
import org.talentbruecke.matching.domain.Reason;
import org.talentbruecke.matching.domain.WorkExperience;
import org.talentbruecke.reference.application.CountryNames;
import org.talentbruecke.reference.domain.language.CefrLevel;
import org.talentbruecke.reference.domain.language.CefrSkill;
import org.talentbruecke.shared.interfaces.web.LocalFormats;

/** Builds {@link MatchView}s for one page: all ESCO labels in one look-up. */
@RequestScoped
public class MatchViews {
  @Inject private MatchTexts texts;
  @Inject private MatchingService matching;

  /** The views of a page of candidates, with what employers may see of each. */
  public List<MatchView> candidates(List<RankedMatch> matches) {
    Map<String, CandidateSnapshot> people =
        matches.stream()
            .map(m -> matching.candidate(m.card().candidateHandle()).orElse(null))
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toMap(CandidateSnapshot::handle, Function.identity(), (a, b) -> a));
    List<String> values = new ArrayList<>(arguments(matches));
    people.values().forEach(p -> values.addAll(uris(p)));
    texts.prepare(values);
    return matches.stream()
        .map(m -> view(m, facts(people.get(m.card().candidateHandle()))))
        .toList();
  }

  /** The views of a job seeker's own page of openings. */
  public List<MatchView> openings(List<RankedMatch> matches) {
    texts.prepare(arguments(matches));
    return matches.stream().map(m -> view(m, null)).toList();
  }

  private static List<String> arguments(List<RankedMatch> matches) {
    return matches.stream().flatMap(MatchViews::reasons).flatMap(r -> r.args().stream()).toList();
  }

  private static Stream<Reason> reasons(RankedMatch match) {
    MatchCard card = match.card();
    return Stream.of(
            card.gaps().stream(),
            card.parts().stream()
                .flatMap(p -> Stream.concat(Stream.of(p.reason()), p.details().stream())),
            match.addedValue().reasons().stream(),
            match.nextSteps().stream().map(NextStep::reason))
        .flatMap(s -> s);
  }

  private MatchView view(RankedMatch match, MatchView.CandidateFacts candidate) {
    MatchCard card = match.card();
    return new MatchView(
        card.candidateHandle(),
        Long.parseLong(card.openingId()),
        card.fit(),
        card.isFullMatch(),
        card.gaps().stream().map(texts::html).toList(),
        card.parts().stream().map(this::part).toList(),
        match.addedValue().reasons().stream().map(texts::html).toList(),
        match.nextSteps().stream().map(this::step).toList(),
        match.recommendedByRegion(),
        candidate);
  }

  private MatchView.Part part(MatchPart part) {
    String points =
        texts.format(
            "matching.page.points",
            LocalFormats.number(part.contribution(), texts.locale()),
            LocalFormats.number(part.maxPoints(), texts.locale()));
    int percent = part.pointsTenths() * 100 / (part.maxPoints() * 10);
    return new MatchView.Part(
        part.aspect().name(),
        MatchTexts.escape(texts.text(part.aspect().messageKey())),
        points,
        percent,
        texts.html(part.reason()),
        part.details().stream().map(texts::html).toList());
  }

  /** A skill step names the ESCO skill as its first argument: the page offers to add it. */
  private MatchView.Step step(NextStep step) {
    String skill = null;
    if ((step.aspect() == Aspect.MUST_HAVE_SKILLS || step.aspect() == Aspect.NICE_TO_HAVE_SKILLS)
        && !step.reason().args().isEmpty()
        && step.reason().args().get(0).startsWith(MatchTexts.ESCO + "skill/")) {
      skill = step.reason().args().get(0);
    }
    return new MatchView.Step(texts.html(step.reason()), skill);
  }

  private static List<String> uris(CandidateSnapshot p) {
    List<String> uris = new ArrayList<>();
    p.skills().forEach(s -> uris.add(s.skillUri()));
    p.qualifications().forEach(q -> uris.add(q.occupation().escoUri()));
    p.workHistory().forEach(w -> uris.add(w.occupation().escoUri()));
    return uris;
  }

  private MatchView.CandidateFacts facts(CandidateSnapshot p) {
    if (p == null) {
      return null;
    }
    return new MatchView.CandidateFacts(
        MatchTexts.escape(p.municipality().name()),
        p.skills().stream().map(this::skill).toList(),
        p.languages().stream().map(this::language).toList(),
        p.qualifications().stream().map(this::qualification).toList(),
        p.workHistory().stream().map(this::work).toList(),
        availability(p));
  }

  private String skill(CandidateSkill s) {
    String level = texts.codeText(s.level().name());
    return texts.label(s.skillUri()) + (level == null ? "" : " (" + level + ")");
  }

  private String language(LanguageAbility l) {
    String name = texts.languageName(l.language());
    if (l.motherTongue()) {
      return texts.format("matching.page.motherTongue", name);
    }
    Map<CefrSkill, CefrLevel> levels = l.levels().asMap();
    if (levels.isEmpty()) {
      return name;
    }
    if (levels.values().stream().distinct().count() == 1) {
      return name + " " + levels.values().iterator().next().name();
    }
    String each =
        levels.entrySet().stream()
            .map(e -> texts.codeText(e.getKey().name()) + " " + e.getValue().name())
            .collect(Collectors.joining(", "));
    return name + " (" + each + ")";
  }

  private String qualification(Qualification q) {
    String recognition =
        q.recognition()
            .map(r -> texts.format("matching.page.recognition", texts.codeText(r.status().name())))
            .orElseGet(() -> MatchTexts.escape(texts.text("matching.page.domestic")));
    return texts.format(
        "matching.page.qualification",
        q.eqfLevel(),
        texts.label(q.occupation().escoUri()),
        recognition);
  }

  private String work(WorkExperience w) {
    String country =
        CountryNames.isKnown(w.countryCode())
            ? MatchTexts.escape(CountryNames.name(w.countryCode(), texts.locale()))
            : MatchTexts.escape(w.countryCode());
    String occupation = texts.label(w.occupation().escoUri());
    return w.years() == 1
        ? texts.format("matching.page.workOneYear", occupation, country)
        : texts.format("matching.page.work", occupation, country, w.years());
  }

  private String availability(CandidateSnapshot p) {
    var a = p.availability();
    String start =
        a.earliestStart() == null
            ? MatchTexts.escape(texts.text("matching.page.startNow"))
            : texts.format("matching.page.startFrom", texts.date(a.earliestStart()));
    String hours =
        a.hours().isEmpty()
            ? MatchTexts.escape(texts.text("matching.page.anyHours"))
            : a.hours().stream()
                .sorted()
                .map(h -> texts.codeText(h.name()))
                .collect(Collectors.joining(", "));
    String commute =
        a.commuteLimitKm() == 0
            ? ""
            : " · " + texts.format("matching.page.commuteLimit", a.commuteLimitKm());
    return start + " · " + hours + commute;
  }
}

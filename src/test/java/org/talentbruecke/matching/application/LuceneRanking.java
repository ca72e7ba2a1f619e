package org.talentbruecke.matching.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.talentbruecke.matching.domain.Aspect;
import org.talentbruecke.matching.domain.CandidateSkill;
import org.talentbruecke.matching.domain.CandidateSnapshot;
import org.talentbruecke.matching.domain.MatchRanking;
import org.talentbruecke.matching.domain.MatchScorer;
import org.talentbruecke.matching.domain.OccupationRef;
import org.talentbruecke.matching.domain.OpeningSnapshot;
import org.talentbruecke.matching.domain.SkillEvidence;
import org.talentbruecke.matching.domain.SkillRelations;
import org.talentbruecke.matching.domain.WorkExperience;

/**
 * Ranking candidates with a Lucene 9.12 index, for the comparison in {@code
 * MatchingComparisonBenchmark}: one document per job seeker with their skills, the essential skills
 * of the occupations they worked in, and their occupations (ESCO URI and ISCO group) as exact
 * terms. The query has one max-of clause per required skill (the skill itself, narrower, essential
 * of a worked occupation, broader, related; boosted by the score's weight of that requirement times
 * the evidence's coverage) and one for the occupation (same ESCO 20 points, same ISCO group 10) —
 * constant scores, so Lucene's sum approximates the skill and occupation parts of the score. The
 * best {@code depth} hits are then scored with {@link MatchScorer} (from the snapshots held in
 * memory) and sorted; German, other languages, qualification, experience, commute, hours and start
 * date are not in the query (terms cannot express them), so a person strong there but weaker in
 * skills can fall outside the retrieved depth: the overlap with the exact ranking is reported, not
 * assumed.
 */
final class LuceneRanking implements AutoCloseable {
  private final SkillRelations relations;
  private final MatchRanking ranking;
  private final List<CandidateSnapshot> candidates;
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  LuceneRanking(SkillRelations relations, MatchScorer scorer, List<CandidateSnapshot> candidates)
      throws IOException {
    this.relations = relations;
    this.ranking = new MatchRanking(scorer);
    this.candidates = candidates;
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      for (int i = 0; i < candidates.size(); i++) {
        CandidateSnapshot c = candidates.get(i);
        Document d = new Document();
        d.add(new StoredField("ord", i));
        for (CandidateSkill s : c.skills()) {
          d.add(new StringField("skill", s.skillUri(), Field.Store.NO));
        }
        for (WorkExperience w : c.workHistory()) {
          for (String s : relations.essentialSkills(w.occupation().escoUri())) {
            d.add(new StringField("essential", s, Field.Store.NO));
          }
        }
        List<OccupationRef> occupations = new ArrayList<>(c.desiredOccupations());
        c.workHistory().forEach(w -> occupations.add(w.occupation()));
        c.qualifications().forEach(q -> occupations.add(q.occupation()));
        for (OccupationRef o : occupations) {
          d.add(new StringField("occupation", o.escoUri(), Field.Store.NO));
          d.add(new StringField("isco", o.iscoUnitGroup(), Field.Store.NO));
        }
        writer.addDocument(d);
      }
      writer.forceMerge(1);
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null); // the benchmark repeats 64 openings; no cached answers
  }

  /** The Lucene query for an opening (see the class comment). */
  Query query(OpeningSnapshot opening) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int must = opening.mustHaveSkills().size();
    int nice = opening.niceToHaveSkills().size();
    for (String s : opening.mustHaveSkills()) {
      q.add(skillClause(s, Aspect.MUST_HAVE_SKILLS.maxPoints() / (float) must), occur());
    }
    for (String s : opening.niceToHaveSkills()) {
      q.add(skillClause(s, Aspect.NICE_TO_HAVE_SKILLS.maxPoints() / (float) nice), occur());
    }
    OccupationRef o = opening.occupation();
    float points = Aspect.OCCUPATION.maxPoints();
    q.add(
        new DisjunctionMaxQuery(
            List.of(
                term("occupation", o.escoUri(), points),
                term("isco", o.iscoUnitGroup(), points / 2)),
            0),
        occur());
    return q.build();
  }

  private static BooleanClause.Occur occur() {
    return BooleanClause.Occur.SHOULD;
  }

  private Query skillClause(String skill, float points) {
    List<Query> alternatives = new ArrayList<>();
    alternatives.add(term("skill", skill, points * share(SkillEvidence.SAME)));
    for (String n : relations.narrower(skill)) {
      alternatives.add(term("skill", n, points * share(SkillEvidence.NARROWER)));
    }
    alternatives.add(
        term("essential", skill, points * share(SkillEvidence.ESSENTIAL_OF_OCCUPATION)));
    for (String b : relations.broader(skill)) {
      alternatives.add(term("skill", b, points * share(SkillEvidence.BROADER)));
    }
    for (String r : relations.related(skill)) {
      alternatives.add(term("skill", r, points * share(SkillEvidence.RELATED)));
    }
    return new DisjunctionMaxQuery(alternatives, 0);
  }

  private static float share(SkillEvidence kind) {
    return kind.weightPerMille() / 1000f;
  }

  private static Query term(String field, String value, float boost) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost);
  }

  /** The best {@code depth} Lucene hits, scored exactly and sorted; the first {@code limit}. */
  MatchRanking.Page top(OpeningSnapshot opening, int limit, int depth) throws IOException {
    ScoreDoc[] hits = searcher.search(query(opening), depth).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<CandidateSnapshot> retrieved = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      retrieved.add(
          candidates.get(stored.document(hit.doc).getField("ord").numericValue().intValue()));
    }
    return ranking.rank(opening, retrieved, limit, 0);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}

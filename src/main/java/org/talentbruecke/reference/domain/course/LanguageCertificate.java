package org.talentbruecke.reference.domain.course;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.talentbruecke.reference.domain.LocalizedText;
import org.talentbruecke.reference.domain.language.CefrLevel;

/**
 * A German language certificate and the CEFR levels it can attest.
 *
 * @param id stable identifier, e.g. "TELC_B1_B2_PFLEGE"
 * @param name the certificate's own (German) name
 * @param provider who sets the exam
 * @param levels levels the certificate can attest (for a family of exams: all levels offered)
 * @param scaled true when one sitting of the exam can result in one of several levels
 * @param kind main purpose
 * @param note short explanation for job seekers and employers
 */
public record LanguageCertificate(
    String id,
    String name,
    String provider,
    Set<CefrLevel> levels,
    boolean scaled,
    CertificateKind kind,
    LocalizedText note) {

  public LanguageCertificate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(note, "note");
    if (levels == null || levels.isEmpty()) {
      throw new IllegalArgumentException("a certificate attests at least one level: " + id);
    }
    levels = Set.copyOf(EnumSet.copyOf(levels));
    if (scaled && levels.size() < 2) {
      throw new IllegalArgumentException("a scaled exam needs at least two levels: " + id);
    }
  }

  /** Lowest level the certificate can attest. */
  public CefrLevel lowestLevel() {
    return EnumSet.copyOf(levels).iterator().next();
  }

  /** Highest level the certificate can attest. */
  public CefrLevel highestLevel() {
    CefrLevel highest = CefrLevel.A1;
    for (CefrLevel level : levels) {
      highest = CefrLevel.max(highest, level);
    }
    return highest;
  }
}

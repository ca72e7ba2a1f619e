package org.talentbruecke.reference.domain.course;

/** What a German language certificate is mainly used for, which tells employers how to read it. */
public enum CertificateKind {
  /** General language certificate for everyday and work life. */
  GENERAL,
  /** Certificate with job-related or profession-specific content. */
  PROFESSIONAL,
  /** Certificate for admission to studies at a German university. */
  ACADEMIC
}

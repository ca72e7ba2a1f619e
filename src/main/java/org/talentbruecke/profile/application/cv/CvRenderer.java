package org.talentbruecke.profile.application.cv;

import java.util.Optional;

/**
 * Lays a CV out as a PDF: German alone, or German on the left and one other language on the right.
 */
public interface CvRenderer {
  byte[] pdf(String name, String email, CvDocument german, Optional<CvDocument> second);
}

package org.talentbruecke.profile.application.cv;

import java.util.Collection;
import java.util.Map;

/** Preferred ESCO labels of concepts, in every language stored for them. */
public interface ConceptLabels {
  /** URI → language code → preferred label; URIs without any label are left out. */
  Map<String, Map<String, String>> preferredLabels(Collection<String> uris);
}

package org.talentbruecke.opening.application;

import java.util.List;
import org.talentbruecke.opening.domain.adcheck.Finding;

/** Thrown when an opening is to be published while the fair job-ad check still has findings. */
public class AdCheckFindingsPending extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Finding> findings;

  public AdCheckFindingsPending(List<Finding> findings) {
    super("The ad text has " + findings.size() + " fair job-ad findings");
    this.findings = List.copyOf(findings);
  }

  public List<Finding> findings() {
    return findings;
  }
}

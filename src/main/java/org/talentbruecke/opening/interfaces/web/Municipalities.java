package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.talentbruecke.reference.application.MunicipalityCatalog;
import org.talentbruecke.reference.domain.geo.Municipality;

/**
 * The municipalities of the region for the opening and organisation pages, from the one catalogue
 * of the reference context; openings and organisations store the official key (AGS).
 */
@ApplicationScoped
public class Municipalities {
  @Inject private MunicipalityCatalog catalog;

  /** Key and name of each municipality, in official order (Hannover first). */
  public List<Map.Entry<String, String>> choices() {
    return catalog.all().stream().map(m -> Map.entry(m.ags(), m.name())).toList();
  }

  /** The name for a stored key; null when none is stored. */
  public String name(String ags) {
    return ags == null ? null : catalog.byAgs(ags).map(Municipality::name).orElse(null);
  }
}

package org.talentbruecke.reference.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Loads the ESCO reference data once the schema is migrated: the first start imports the shipped
 * distribution (in the background), later starts only build the search index.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReferenceDataStartup {
  @Inject private EscoImportJobs jobs;

  @PostConstruct
  void load() {
    jobs.loadAtStart();
  }
}

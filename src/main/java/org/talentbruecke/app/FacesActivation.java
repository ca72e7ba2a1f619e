package org.talentbruecke.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Switches on Jakarta Faces 4 behaviour (CDI-managed Faces artefacts). */
@FacesConfig
@ApplicationScoped
public class FacesActivation {}

package org.talentbruecke.opening.interfaces.rest;

/** Body of a staff action that must say why, such as unpublishing an opening. */
public record ReasonDto(String reason) {}

package org.talentbruecke.profile.application;

/**
 * The pseudonymous handle under which employers see a profile (such as "7F3K-9QXZ"), so that the
 * job seeker's own profile can show how they appear. Matching makes the handles; it implements this
 * port, since profile must not depend on matching (docs/architecture.md).
 */
public interface ProfileHandles {
  String handleOf(long profileId);
}

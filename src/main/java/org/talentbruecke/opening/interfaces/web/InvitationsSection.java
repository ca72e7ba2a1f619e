package org.talentbruecke.opening.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.talentbruecke.identity.interfaces.web.CurrentUser;
import org.talentbruecke.opening.application.InvitationService;
import org.talentbruecke.opening.domain.Invitation;
import org.talentbruecke.shared.application.ValidationFailure;
import org.talentbruecke.shared.interfaces.web.FacesMessages;

/**
 * The colleagues part of the employer's start page: invite a colleague by e-mail address and get
 * the one-time link to pass on (there is no mail server, decision 011), and see open invitations.
 */
@Named
@RequestScoped
public class InvitationsSection {
  @Inject private CurrentUser currentUser;
  @Inject private CurrentOrganisation currentOrganisation;
  @Inject private InvitationService invitations;
  @Inject private FacesMessages messages;

  private String email;
  private String link;
  private List<Invitation> list;

  public void invite() {
    try {
      long organisation = currentOrganisation.id().orElseThrow();
      var issued = invitations.invite(organisation, currentUser.requireId(), email);
      link = Faces.getRequestBaseURL() + "join.xhtml?token=" + issued.token();
      messages.info("invitation.created", issued.invitation().getEmail());
      email = null;
      list = null;
    } catch (ValidationFailure failure) {
      messages.show(failure, Map.of("email", "invite:email"));
    }
  }

  /** Invitations of the organisation, newest first. */
  public List<Invitation> getInvitations() {
    if (list == null) {
      list = currentOrganisation.id().map(invitations::ofOrganisation).orElse(List.of());
    }
    return list;
  }

  /** The link just created, shown once; null before an invitation. */
  public String getLink() {
    return link;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}

package org.talentbruecke.shared.interfaces.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Answers a form post whose view state is expired or forged with the friendly "session expired"
 * page and status 400, logging one line instead of a stack trace.
 *
 * <p>Without it the exception reached the container, which answered 500 and logged about a hundred
 * lines per request: cheap for anyone to fill the log with. It wraps the OmniFaces handler
 * (faces-config.xml) so that every other exception, and ajax requests, are handled as before.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {
  static final String EXPIRED_PAGE = "/error/expired.xhtml";
  private static final Logger LOG =
      Logger.getLogger(ExpiredViewExceptionHandlerFactory.class.getName());

  public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {
    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
          ExceptionQueuedEventContext event = events.next().getContext();
          if (isExpiredOrForgedView(context, event)) {
            events.remove();
            showExpiredPage(context, event.getException());
            break;
          }
        }
      }
      getWrapped().handle();
    }

    /**
     * An expired view, or any failure to restore the view of a post (a forged state id makes the
     * state helper fail before it can even say "expired").
     */
    private static boolean isExpiredOrForgedView(
        FacesContext context, ExceptionQueuedEventContext event) {
      return expiredView(event.getException()) != null
          || (PhaseId.RESTORE_VIEW.equals(event.getPhaseId())
              && context
                  .getExternalContext()
                  .getRequestParameterMap()
                  .containsKey("jakarta.faces.ViewState"));
    }

    private static void showExpiredPage(FacesContext context, Throwable cause) {
      LOG.info(
          () ->
              "Expired or unknown view state for "
                  + context.getExternalContext().getRequestServletPath()
                  + " ("
                  + cause.getClass().getSimpleName()
                  + "); answered with the session-expired page");
      context.getExternalContext().setResponseStatus(400);
      context.setViewRoot(
          context.getApplication().getViewHandler().createView(context, EXPIRED_PAGE));
      context.renderResponse();
    }

    private static ViewExpiredException expiredView(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException expired) {
          return expired;
        }
        if (!(t instanceof FacesException) && t.getCause() == t) {
          break;
        }
      }
      return null;
    }
  }
}

package vn.partytrack.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A postback (Ajax or not) is executed only when it carries its page's PrimeFaces nonce ({@code primefaces.nonce},
 * which PrimeFaces' script adds to every form and Ajax request in Content-Security-Policy mode).
 * <p>
 * PrimeFaces itself compares the nonce only when it renders the answer, after the action has run; this listener
 * checks it as soon as the view is restored, before any value is applied or any action invoked. A stateful view
 * keeps its nonce in the view map and the postback must bring the same one; a stateless view (the dashboard and the
 * tracker, PageCache) keeps nothing, so its postback must bring a well-formed one. Otherwise nothing runs: an Ajax
 * request is sent to the expired-page notice (a stale or foreign page, like an expired view), any other postback gets
 * 403. {@code SecurityIT} posts both.
 */
public class PostbackNonce implements PhaseListener {

    static final String PARAMETER = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getResponseComplete() || faces.getViewRoot() == null) {
            return;
        }
        String sent = faces.getExternalContext().getRequestParameterMap().get(PARAMETER);
        Map<String, Object> viewMap = faces.getViewRoot().getViewMap(false);
        Object kept = viewMap == null ? null : viewMap.get(PARAMETER);
        if (accepted(sent, kept == null ? null : kept.toString())) {
            return;
        }
        refuse(faces);
    }

    /** Whether a postback carrying {@code sent} may run in a view that kept {@code kept} (null: a stateless view). */
    static boolean accepted(String sent, String kept) {
        if (sent == null || sent.isEmpty()) {
            return false;
        }
        if (kept != null) {
            return Objects.equals(sent, kept);
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(sent), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
            } else {
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}

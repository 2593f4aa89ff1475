package vn.partytrack.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number input, except that a value that is not a number (the widget never sends one, a hand-made request
 * can) is refused next to the field like any conversion error, instead of failing the whole request with a 500.
 */
public class InputNumberDecoding extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (RuntimeException e) {
            if (!isNumberFormat(e)) {
                throw e;
            }
            UIInput input = (UIInput) component;
            input.setSubmittedValue(null);
            input.setValid(false);
            String message = FacesFeedback.text("jakarta.faces.converter.NumberConverter.NUMBER");
            context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    private static boolean isNumberFormat(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof NumberFormatException) {
                return true;
            }
        }
        return false;
    }
}

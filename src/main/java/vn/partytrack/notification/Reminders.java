package vn.partytrack.notification;

/**
 * Whatever sends reminders (the reports' due and overdue reminders, the ratings' self-assessment reminders):
 * notification offers the operation, the component that knows what is due implements it, so notification depends on
 * no component. Every implementation runs each morning and when staff ask for the reminders now.
 */
public interface Reminders {

    /** Sends the due reminders now, for staff and administrators; returns how many were sent. */
    int sendNow();

    /** Sends what is due today, whoever asks (the morning schedule); sending twice sends nothing new. */
    int send();
}

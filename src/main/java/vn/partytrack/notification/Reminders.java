package vn.partytrack.notification;

/**
 * Whatever sends reminders on demand (the reports' due and overdue reminders): notification offers the operation,
 * the component that knows what is due implements it, so notification depends on no component.
 */
public interface Reminders {

    /** Sends the due reminders now, for staff and administrators; returns how many were sent. */
    int sendNow();
}

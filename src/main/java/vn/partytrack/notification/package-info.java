/** In-app notifications and e-mail: reminders of due and overdue reports, returns, submissions and unlock requests. */
package vn.partytrack.notification;

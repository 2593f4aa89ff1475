/** Party member development (phát triển đảng viên): each unit's candidates from the awareness course to full membership, their deadlines and overdue steps; personal data, read only by the unit's secretary and the owning board's staff. */
package vn.partytrack.admission;

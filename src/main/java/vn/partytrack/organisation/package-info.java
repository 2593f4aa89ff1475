/** The registry: superior committee → blocs → grassroots Party organisations → subordinate cells, and the district boards. */
package vn.partytrack.organisation;

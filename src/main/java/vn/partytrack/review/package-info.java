/**
 * The one review workflow shared by everything a unit submits to the district (progress reports, congress stages,
 * directive implementation): draft → submitted → returned → resubmitted → accepted → locked, with unlock requests.
 */
package vn.partytrack.review;

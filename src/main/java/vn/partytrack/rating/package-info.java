/**
 * The annual quality assessment and rating (kiểm điểm, đánh giá, xếp loại chất lượng): the rule sets of each year as
 * data, each grassroots organisation's yearly rating through the one review step (self-assessment, the board's
 * appraisal, the standing committee's decision), the checks computed before a decision, and the rating tracker.
 */
package vn.partytrack.rating;

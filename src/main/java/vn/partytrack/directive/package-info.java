/** Directives and resolutions: the catalogue, which units must implement them, and each unit's dissemination and implementation. */
package vn.partytrack.directive;

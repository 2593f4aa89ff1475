package vn.partytrack.directive;

/** Who issued the document: the Centre, the city or the district. */
public enum Issuer {
    TW, THANH_PHO, QUAN
}

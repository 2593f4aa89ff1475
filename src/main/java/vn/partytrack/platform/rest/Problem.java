package vn.partytrack.platform.rest;

import java.util.List;

/** An RFC 9457 problem description; {@code errors} names each refused field. */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public record FieldProblem(String field, String message) {
    }
}

package vn.partytrack.platform;

import java.util.List;

/** One page of a longer list: the rows, the total number of rows and where this page starts. */
public record Page<T>(List<T> rows, long total, int offset, int limit) {

    /** The most rows one page of the API may ask for. */
    public static final int MAX_LIMIT = 500;

    /** Refuses a page the API does not serve: a negative offset, or a limit outside 1 to {@link #MAX_LIMIT}. */
    public static void requireValid(int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInput("offset", "field.notNegative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "api.limit.range");
        }
    }
}

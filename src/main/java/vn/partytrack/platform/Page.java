package vn.partytrack.platform;

import java.util.List;

/** One page of a longer list: the rows, the total number of rows and where this page starts. */
public record Page<T>(List<T> rows, long total, int offset, int limit) {
}

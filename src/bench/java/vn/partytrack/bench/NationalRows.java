package vn.partytrack.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows for one {@code COPY … FROM STDIN} (PostgreSQL text format), built in a {@link StringBuilder} and handed to the
 * server a batch at a time through {@link CopyIn#writeToCopy}: the server inserts one batch while the next is built.
 */
final class NationalRows {

    /** Writes the rows of one table. */
    @FunctionalInterface
    interface Body {
        void write(NationalRows rows) throws SQLException;
    }

    private static final int BATCH_CHARS = 1 << 18;

    private final CopyIn in;
    private final StringBuilder sb = new StringBuilder(BATCH_CHARS + 4096);
    private boolean first = true;
    private long rows;

    private NationalRows(CopyIn in) {
        this.in = in;
    }

    /** Streams the rows {@code body} writes into {@code table (columns)}; returns the number of rows the server took. */
    static long copy(Connection c, String table, String columns, Body body) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        NationalRows rows = new NationalRows(in);
        try {
            body.write(rows);
            rows.flush();
            long copied = in.endCopy();
            if (copied != rows.rows) {
                throw new SQLException(table + ": sent " + rows.rows + " rows, server copied " + copied);
            }
            return copied;
        } catch (RuntimeException | SQLException e) {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private void sep() {
        if (first) {
            first = false;
        } else {
            sb.append('\t');
        }
    }

    NationalRows col(long v) {
        sep();
        sb.append(v);
        return this;
    }

    /** A text value, or NULL for {@code null}. */
    NationalRows col(String s) {
        sep();
        if (s == null) {
            sb.append("\\N");
            return this;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return this;
    }

    NationalRows col(boolean b) {
        sep();
        sb.append(b ? 't' : 'f');
        return this;
    }

    NationalRows nul() {
        sep();
        sb.append("\\N");
        return this;
    }

    /** A nullable id: 0 or less is NULL. */
    NationalRows ref(long id) {
        return id > 0 ? col(id) : nul();
    }

    /** A timestamptz (epoch seconds), or NULL for {@link NationalTime#NONE}. */
    NationalRows ts(long epochSecond) {
        sep();
        if (epochSecond == NationalTime.NONE) {
            sb.append("\\N");
        } else {
            NationalTime.appendTimestamp(sb, epochSecond);
        }
        return this;
    }

    /** A date (epoch day), or NULL for {@link NationalTime#NONE}. */
    NationalRows date(long epochDay) {
        sep();
        if (epochDay == NationalTime.NONE) {
            sb.append("\\N");
        } else {
            NationalTime.appendDate(sb, epochDay);
        }
        return this;
    }

    /** A numeric with one decimal, given in tenths. */
    NationalRows tenths(long tenths) {
        sep();
        sb.append(tenths / 10).append('.').append(tenths % 10);
        return this;
    }

    /** A numeric with two decimals, given in hundredths. */
    NationalRows hundredths(long hundredths) {
        sep();
        sb.append(hundredths / 100).append('.');
        long h = hundredths % 100;
        if (h < 10) {
            sb.append('0');
        }
        sb.append(h);
        return this;
    }

    void end() throws SQLException {
        sb.append('\n');
        first = true;
        rows++;
        if (sb.length() >= BATCH_CHARS) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        if (sb.length() == 0) {
            return;
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        sb.setLength(0);
        in.writeToCopy(bytes, 0, bytes.length);
    }
}

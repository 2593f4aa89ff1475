package vn.partytrack.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Days and moments of the generated data, in Hanoi time (+07, no daylight saving): days are epoch days, moments epoch
 * seconds. Moments fall on working days in office hours, and each step of a story comes after the one before.
 */
final class NationalTime {

    /** No value (SQL NULL). */
    static final long NONE = Long.MIN_VALUE;

    private static final int OFFSET = 7 * 3600;

    private NationalTime() {
    }

    static long day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    /** ISO day of the week, 1 = Monday … 7 = Sunday. */
    static int dayOfWeek(long day) {
        return (int) Math.floorMod(day + 3, 7) + 1;
    }

    /** The day itself, or the Monday after a weekend. */
    static long workday(long day) {
        int w = dayOfWeek(day);
        return w == 6 ? day + 2 : w == 7 ? day + 1 : day;
    }

    static long at(long day, int minuteOfDay) {
        return day * 86400 + minuteOfDay * 60L - OFFSET;
    }

    static long dayOf(long epochSecond) {
        return Math.floorDiv(epochSecond + OFFSET, 86400);
    }

    /** 07:30–11:30 or 13:30–17:00. */
    static int officeMinute(SplittableRandom r) {
        int x = r.nextInt(450);
        return x < 240 ? 450 + x : 810 + (x - 240);
    }

    /** A moment in office hours on the working day at or after {@code day}. */
    static long office(long day, SplittableRandom r) {
        return at(workday(day), officeMinute(r));
    }

    /** A moment in office hours {@code minDays}…{@code maxDays} days after {@code previous}, and strictly after it. */
    static long after(long previous, int minDays, int maxDays, SplittableRandom r) {
        long d = workday(dayOf(previous) + minDays + (maxDays > minDays ? r.nextInt(maxDays - minDays + 1) : 0));
        long t = at(d, officeMinute(r));
        return t > previous ? t : previous + 60L * (5 + r.nextInt(90));
    }

    static void appendDate(StringBuilder sb, long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        sb.append(d.getYear()).append('-');
        two(sb, d.getMonthValue());
        sb.append('-');
        two(sb, d.getDayOfMonth());
    }

    static void appendTimestamp(StringBuilder sb, long epochSecond) {
        long local = epochSecond + OFFSET;
        long day = Math.floorDiv(local, 86400);
        int second = (int) Math.floorMod(local, 86400);
        appendDate(sb, day);
        sb.append(' ');
        two(sb, second / 3600);
        sb.append(':');
        two(sb, second / 60 % 60);
        sb.append(':');
        two(sb, second % 60);
        sb.append("+07");
    }

    /** dd/MM/yyyy, as Vietnamese documents write dates. */
    static String vietnamese(long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        StringBuilder sb = new StringBuilder(10);
        two(sb, d.getDayOfMonth());
        sb.append('/');
        two(sb, d.getMonthValue());
        return sb.append('/').append(d.getYear()).toString();
    }

    private static void two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }
}

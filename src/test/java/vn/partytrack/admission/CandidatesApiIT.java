package vn.partytrack.admission;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admission pipeline through the REST door: a unit's secretary records a candidate from the awareness course to
 * full membership; bad input names the field and changes nothing; the deadlines and the overdue list follow the
 * rules; the period report takes its admission figures from the pipeline; candidates are personal data, so another
 * unit's secretary, leadership, other boards and another committee's staff get 403 and nothing of the content, and
 * every read and export is in the audit trail without the name.
 */
class CandidatesApiIT extends ApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String UNIT = "MAU-HCSN-18";
    static final String SECRETARY = "bithu18";

    static String candidateRow(long id) throws SQLException {
        return text("SELECT c::text FROM candidate c WHERE id = " + id);
    }

    static long version(Api.Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    static String step(String stage, LocalDate date, String number, Long version) {
        return "{\"stage\":\"" + stage + "\",\"date\":\"" + date + "\""
                + (number == null ? "" : ",\"decisionNumber\":\"" + number + "\"") + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    static long audits(long candidate, String action) throws SQLException {
        return count("SELECT count(*) FROM audit_entry WHERE entity_type = 'candidate' AND entity_id = " + candidate + " AND action = '" + action + "'");
    }

    @AfterAll
    static void dropThePeriod() throws SQLException {
        dropPresentPeriod();
    }

    @Test
    void aCandidateGoesFromTheAwarenessCourseToTheCeremonyWithItsChecks() throws SQLException {
        long unit = id(UNIT);
        long before = count("SELECT count(*) FROM candidate");
        String create = "{\"organisationId\":" + unit + ",\"fullName\":\"Nguyễn Thị Thử Nghiệm (thử)\",\"birthDate\":\"1996-04-12\","
                + "\"awarenessDate\":\"" + TODAY.minusDays(200) + "\",\"awarenessCertificate\":\"CN-77/TTCT\"}";

        // who may add one: the unit's secretary and the Organisation Board's staff, nobody else
        for (String other : List.of("bithu02", "lanhdao", "thuongvu", "quantri", "tuyengiao")) {
            assertThat(as(other).post("api/v1/candidates", create).status()).as(other).isEqualTo(403);
        }
        // bad input: no name, the course in the future; nothing is written
        Api.Reply bad = as(SECRETARY).post("api/v1/candidates", "{\"organisationId\":" + unit + ",\"awarenessDate\":\"" + TODAY.plusDays(3) + "\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fieldErrors(bad.json())).containsKeys("fullName", "awarenessDate");
        assertThat(as(SECRETARY).post("api/v1/candidates", "{\"organisationId\":" + unit + ",\"fullName\":\"A\",\"awarenessDate\":\"2026-13-45\"}").status())
                .isEqualTo(400);
        assertThat(count("SELECT count(*) FROM candidate")).isEqualTo(before);

        Api.Reply created = as(SECRETARY).post("api/v1/candidates", create);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("stage")).isEqualTo("HOC_NHAN_THUC");
        assertThat(created.json().getJsonArray("nextStages").getString(0)).isEqualTo("CHI_BO_DE_NGHI");
        String path = "api/v1/candidates/" + id;

        // a skipped stage, dates out of order, a missing decision number, a stale version: 400/409 naming the field, nothing changed
        String row = candidateRow(id);
        long v = version(created);
        Api.Reply skipped = as(SECRETARY).post(path + "/stages", step("QUYET_DINH_KET_NAP", TODAY.minusDays(20), "15-QĐ/ĐU", v));
        assertThat(skipped.status()).isEqualTo(400);
        assertThat(fieldErrors(skipped.json()).get("stage")).contains("CHI_BO_DE_NGHI");
        Api.Reply early = as(SECRETARY).post(path + "/stages", step("CHI_BO_DE_NGHI", TODAY.minusDays(201), null, v));
        assertThat(fieldErrors(early.json())).containsKey("date");
        assertThat(fieldErrors(early.json()).get("date")).contains(TODAY.minusDays(200).getYear() + "");
        assertThat(fieldErrors(as(SECRETARY).post(path + "/stages", step("CHI_BO_DE_NGHI", TODAY.minusDays(100), null, null)).json()))
                .containsKey("version");
        assertThat(as(SECRETARY).post(path + "/stages", step("CHI_BO_DE_NGHI", TODAY.minusDays(100), null, v + 5)).status()).isEqualTo(409);
        assertThat(candidateRow(id)).isEqualTo(row);

        Api.Reply proposed = as(SECRETARY).post(path + "/stages", step("CHI_BO_DE_NGHI", TODAY.minusDays(100), "12-NQ/CB", v));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        Api.Reply verified = as("tochuc").post(path + "/stages", step("THAM_TRA", TODAY.minusDays(60), null, version(proposed)));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);

        row = candidateRow(id);
        Api.Reply noNumber = as(SECRETARY).post(path + "/stages", step("QUYET_DINH_KET_NAP", TODAY.minusDays(20), null, version(verified)));
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(fieldErrors(noNumber.json())).containsOnlyKeys("decisionNumber");
        assertThat(candidateRow(id)).isEqualTo(row);

        Api.Reply decided = as(SECRETARY).post(path + "/stages", step("QUYET_DINH_KET_NAP", TODAY.minusDays(20), "215-QĐ/ĐU", version(verified)));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonObject deadlines = decided.json().getJsonObject("deadlines");
        assertThat(deadlines.getString("followUp")).isEqualTo("CEREMONY");
        assertThat(LocalDate.parse(deadlines.getString("ceremonyDue"))).isEqualTo(WorkingDays.after(TODAY.minusDays(20), 30, WorkingDaysTest.seeded()));
        assertThat(decided.json().getString("decisionNumber")).isEqualTo("215-QĐ/ĐU");

        Api.Reply held = as(SECRETARY).post(path + "/stages", step("DA_KET_NAP", TODAY.minusDays(5), null, version(decided)));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(LocalDate.parse(held.json().getJsonObject("deadlines").getString("probationEnd"))).isEqualTo(TODAY.minusDays(5).plusMonths(12));
        // full membership only after the 12 months of probation
        Api.Reply tooSoon = as(SECRETARY).post(path + "/stages", step("CHINH_THUC", TODAY, "300-QĐ/ĐU", version(held)));
        assertThat(fieldErrors(tooSoon.json())).containsKey("date");

        // the period report of the unit counts the ceremony from the pipeline, read-only, with its source
        long period = presentPeriod();
        Api.Reply report = as(SECRETARY).post("api/v1/reports", "{\"organisationId\":" + unit + ",\"periodId\":" + period + "}");
        assertThat(report.status()).as(report.body()).isIn(200, 201);
        assertThat(report.json().getJsonObject("numbers").getJsonNumber("ADMITTED").intValue()).isEqualTo(1);
        assertThat(report.json().getJsonObject("sources").getString("ADMITTED")).isEqualTo("ADMISSION_RECORDS");
        long reportId = report.json().getJsonNumber("id").longValue();
        Api.Reply typed = as(SECRETARY).put("api/v1/reports/" + reportId, "{\"numbers\":{\"ADMITTED\":7},\"version\":" + version(report) + "}");
        assertThat(typed.status()).as(typed.body()).isEqualTo(200);
        assertThat(typed.json().getJsonObject("numbers").getJsonNumber("ADMITTED").intValue()).isEqualTo(1);
        assertThat(text("SELECT v.number_value::int || ' ' || v.source FROM report_value v WHERE v.report_id = " + reportId
                + " AND v.indicator_code = 'ADMITTED'")).isEqualTo("1 ADMISSION_RECORDS");
        // a unit without candidates keeps typing its figures
        long typedUnit = id("MAU-HCSN-14");
        assertThat(count("SELECT count(*) FROM candidate c JOIN organisation o ON o.id = c.organisation_id WHERE o.code = 'MAU-HCSN-14'")).isZero();

        // personal data: another unit's secretary, leadership, other boards and another committee's staff get 403 and nothing of it
        long reads = audits(id, "READ");
        for (String other : List.of("bithu02", "lanhdao", "thuongvu", "quantri", "tuyengiao", "phuongbm")) {
            Api.Reply refused = as(other).get(path);
            assertThat(refused.status()).as(other).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("Thử Nghiệm").doesNotContain("215-QĐ");
            assertThat(as(other).get("api/v1/candidates?organisation=" + unit).status()).as(other).isEqualTo(403);
            assertThat(as(other).post(path + "/stages", step("CHINH_THUC", TODAY, "1-QĐ", version(held))).status()).as(other).isEqualTo(403);
        }
        assertThat(audits(id, "READ")).isEqualTo(reads);
        // the unit's secretary and the board's staff read it, and each read is audited without the name
        assertThat(as("tochuc").get(path).json().getString("fullName")).isEqualTo("Nguyễn Thị Thử Nghiệm (thử)");
        assertThat(as(SECRETARY).get(path).status()).isEqualTo(200);
        assertThat(audits(id, "READ")).isEqualTo(reads + 2);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'candidate' AND (coalesce(after_state, '') || coalesce(before_state, '')) LIKE '%Thử Nghiệm%'"))
                .isZero();
        JsonObject own = as(SECRETARY).get("api/v1/candidates").json();
        assertThat(own.getJsonArray("rows").getValuesAs(JsonObject.class)).extracting(r -> r.getJsonNumber("id").longValue()).contains(id);
        assertThat(text("SELECT after_state FROM audit_entry WHERE entity_type = 'candidate' AND action = 'READ_LIST' AND actor = '"
                + SECRETARY + "' ORDER BY id DESC LIMIT 1")).contains(String.valueOf(id));
        assertThat(typedUnit).isPositive();
    }

    /** A statement on the test database, as a database administrator adds a public holiday (README). */
    static void execute(String sql) throws SQLException {
        try (java.sql.Connection c = vn.partytrack.it.TestDatabase.connect(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    @Test
    void theCeremonyDeadlineSkipsTetAndAHolidayAddedWithoutARestart() throws SQLException {
        long unit = id(UNIT);
        Api.Reply created = as(SECRETARY).post("api/v1/candidates", "{\"organisationId\":" + unit + ",\"fullName\":\"Lê Văn Ngày Tết (thử)\","
                + "\"awarenessDate\":\"2024-06-03\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "api/v1/candidates/" + created.json().getJsonNumber("id").longValue();
        long v = version(created);
        Api.Reply last = null;
        for (String[] s : new String[][] {{"CHI_BO_DE_NGHI", "2024-10-01", null}, {"THAM_TRA", "2024-11-04", null},
                {"QUYET_DINH_KET_NAP", "2025-01-10", "31-QĐ/ĐU"}}) {
            last = as(SECRETARY).post(path + "/stages", step(s[0], LocalDate.parse(s[1]), s[2], v));
            assertThat(last.status()).as(last.body()).isEqualTo(200);
            v = version(last);
        }
        // decided Friday 10/1/2025, 30 working days: 21/2 counting weekdays only, 28/2 without Tết Ất Tỵ (27-31/1)
        assertThat(LocalDate.parse(last.json().getJsonObject("deadlines").getString("ceremonyDue"))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(text("SELECT follow_up_due::text FROM candidate WHERE id = " + created.json().getJsonNumber("id"))).isEqualTo("2025-02-28");

        // a day added with the README's SQL counts from the next request: Monday 10/2/2025 moves it to Monday 3/3
        execute("INSERT INTO public_holiday (day, name_vi, name_en) VALUES ('2025-02-10', 'Ngày nghỉ thử', 'Test day off')");
        try {
            assertThat(LocalDate.parse(as(SECRETARY).get(path).json().getJsonObject("deadlines").getString("ceremonyDue")))
                    .isEqualTo(LocalDate.of(2025, 3, 3));
        } finally {
            execute("DELETE FROM public_holiday WHERE day = '2025-02-10'");
        }
        assertThat(LocalDate.parse(as(SECRETARY).get(path).json().getJsonObject("deadlines").getString("ceremonyDue")))
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void theOrganisationBoardKeepsThePublicHolidaysThroughTheApi() throws SQLException {
        // everyone signed in reads them; Tết Ất Tỵ is there, estimates are marked
        JsonObject first = as("lanhdao").get("api/v1/public-holidays?year=2025").structure().asJsonArray().getJsonObject(1);
        assertThat(first.getString("day")).isEqualTo("2025-01-27");
        assertThat(first.getBoolean("estimate")).isFalse();
        assertThat(as(SECRETARY).get("api/v1/public-holidays?year=2027").structure().asJsonArray().getValuesAs(JsonObject.class))
                .anySatisfy(h -> assertThat(h.getBoolean("estimate")).isTrue());

        String day = "api/v1/public-holidays/2025-02-11";
        String body = "{\"nameVi\":\"Ngày nghỉ thử\",\"nameEn\":\"Test day off\",\"estimate\":true}";
        String holidays = "SELECT count(*) FROM public_holiday";
        long before = count(holidays);
        for (String other : List.of("lanhdao", "thuongvu", SECRETARY, "tuyengiao")) {
            assertThat(as(other).put(day, body).status()).as(other).isEqualTo(403);
            assertThat(as(other).post("api/v1/public-holidays/2025-01-27/remove", "{}").status()).as(other).isEqualTo(403);
        }
        assertThat(count(holidays)).isEqualTo(before);
        // a bad day or a missing name: 400 naming the field, without the input echoed
        Api.Reply bad = as("tochuc").put("api/v1/public-holidays/2025-02-30", body);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fieldErrors(bad.json())).containsOnlyKeys("day");
        assertThat(fieldErrors(as("tochuc").put(day, "{\"nameEn\":\"x\"}").json())).containsOnlyKeys("nameVi");
        assertThat(count(holidays)).isEqualTo(before);

        Api.Reply saved = as("tochuc").put(day, body);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        try {
            assertThat(count(holidays)).isEqualTo(before + 1);
            assertThat(text("SELECT name_vi || '/' || estimate FROM public_holiday WHERE day = '2025-02-11'")).isEqualTo("Ngày nghỉ thử/true");
            assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'PUBLIC_HOLIDAY' AND action = 'SAVE' AND actor = 'tochuc'"))
                    .isPositive();
        } finally {
            assertThat(as("tochuc").post(day + "/remove", "{}").status()).isEqualTo(204);
        }
        assertThat(count(holidays)).isEqualTo(before);
    }

    /** The unit's overdue reviews of full membership in an overdue list (0 when the unit is not listed). */
    static int recognitionsDue(JsonObject overdue, long unit) {
        return overdue.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonNumber("organisationId").longValue() == unit).mapToInt(u -> u.getInt("recognitions")).sum();
    }

    @Test
    void overdueReviewsAreListedForTheBoardAndCountedForLeadership() throws SQLException {
        long unit = id(UNIT);
        Api.Reply created = as(SECRETARY).post("api/v1/candidates", "{\"organisationId\":" + unit + ",\"fullName\":\"Trần Văn Quá Hạn (thử)\","
                + "\"awarenessDate\":\"" + TODAY.minusDays(800) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        String path = "api/v1/candidates/" + id;
        long v = version(created);
        for (Object[] s : new Object[][] {{"CHI_BO_DE_NGHI", 700, null}, {"THAM_TRA", 650, null}, {"QUYET_DINH_KET_NAP", 600, "88-QĐ/ĐU"},
                {"DA_KET_NAP", 590, null}}) {
            Api.Reply r = as(SECRETARY).post(path + "/stages", step((String) s[0], TODAY.minusDays((Integer) s[1]), (String) s[2], v));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            v = version(r);
        }
        // probation ended ~7 months ago and the cell has not reviewed it: overdue
        JsonObject c = as(SECRETARY).get(path).json();
        assertThat(c.getJsonObject("deadlines").getBoolean("overdue")).isTrue();
        assertThat(c.getJsonObject("deadlines").getString("followUp")).isEqualTo("RECOGNITION");

        JsonObject overdue = as("tochuc").get("api/v1/candidates/overdue").json();
        assertThat(overdue.getJsonArray("rows").getValuesAs(JsonObject.class)).anySatisfy(r -> {
            assertThat(r.getJsonNumber("candidateId").longValue()).isEqualTo(id);
            assertThat(r.getString("followUp")).isEqualTo("RECOGNITION");
            assertThat(r.getInt("overdueDays")).isPositive();
        });
        assertThat(overdue.getJsonArray("units").getValuesAs(JsonObject.class))
                .anySatisfy(u -> assertThat(u.getJsonNumber("organisationId").longValue()).isEqualTo(unit));
        int recognitionsBefore = recognitionsDue(overdue, unit);
        // the sample's overdue ceremony of MAU-HCSN-29 is there too
        assertThat(overdue.getJsonArray("units").getValuesAs(JsonObject.class))
                .anySatisfy(u -> assertThat(u.getJsonNumber("organisationId").longValue()).isEqualTo(id("MAU-HCSN-29")));
        for (String other : List.of("lanhdao", "thuongvu", "bithu18", "tuyengiao", "quantri")) {
            assertThat(as(other).get("api/v1/candidates/overdue").status()).as(other).isEqualTo(403);
        }

        // leadership sees counts and the units to follow up on the dashboard, no names
        long period = presentPeriod();
        freshFigures();
        Api.Reply dashboard = as("lanhdao").get("api/v1/dashboard?period=" + period);
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        assertThat(dashboard.json().getInt("admissionsOverdue")).isGreaterThanOrEqualTo(2);
        assertThat(dashboard.json().getJsonArray("lagging").getValuesAs(JsonObject.class))
                .anySatisfy(l -> {
                    assertThat(l.getString("reasonKey")).isEqualTo("lagging.admissionOverdue");
                    assertThat(l.getJsonNumber("organisationId").longValue()).isEqualTo(unit);
                });
        assertThat(dashboard.body()).doesNotContain("Quá Hạn (thử)").doesNotContain("Vũ Thu Hằng");

        // the export is the board's staff's, and audited
        long exports = count("SELECT count(*) FROM audit_entry WHERE entity_type = 'candidate' AND action = 'EXPORT' AND actor = 'tochuc'");
        byte[] xlsx = as("tochuc").download("api/v1/exports/candidates.xlsx?status=OVERDUE");
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        byte[] pdf = as("tochuc").download("api/v1/exports/candidates.pdf");
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'candidate' AND action = 'EXPORT' AND actor = 'tochuc'"))
                .isEqualTo(exports + 2);
        for (String other : List.of("lanhdao", "bithu18", "tuyengiao")) {
            assertThat(as(other).unchecked().send("GET", "api/v1/exports/candidates.xlsx", null, null).status()).as(other).isEqualTo(403);
        }

        // recognised: no longer overdue
        Api.Reply full = as(SECRETARY).post(path + "/stages", step("CHINH_THUC", TODAY.minusDays(3), "301-QĐ/ĐU", v));
        assertThat(full.status()).as(full.body()).isEqualTo(200);
        assertThat(full.json().getJsonArray("nextStages")).isEmpty();
        assertThat(as("tochuc").get("api/v1/candidates/overdue").json().getJsonArray("rows").getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getJsonNumber("candidateId").longValue() == id);
        // the counts per unit are kept between requests (KeptFigures): the change drops them
        assertThat(recognitionsDue(as("tochuc").get("api/v1/candidates/overdue").json(), unit)).isEqualTo(recognitionsBefore - 1);

        // erased on request: only the board's staff, with the version; the audit keeps the erasure without the name
        assertThat(as(SECRETARY).post(path + "/erasure", "{\"version\":" + version(full) + "}").status()).isEqualTo(403);
        assertThat(fieldErrors(as("tochuc").post(path + "/erasure", "{}").json())).containsKey("version");
        assertThat(as("tochuc").post(path + "/erasure", "{\"version\":" + version(full) + "}").status()).isEqualTo(204);
        assertThat(count("SELECT count(*) FROM candidate WHERE id = " + id)).isZero();
        assertThat(audits(id, "ERASE")).isEqualTo(1);
        assertThat(as("tochuc").get(path).status()).isEqualTo(404);

        // a record closed more than five years ago is past its retention period: the board's staff (and the nightly run) erase it
        long old;
        try (var db = vn.partytrack.it.TestDatabase.connect(); var s = db.createStatement()) {
            var r = s.executeQuery("INSERT INTO candidate (organisation_id, rule_id, full_name, stage, awareness_date, proposal_date,"
                    + " verification_date, decision_date, decision_number, ceremony_date, recognition_date, recognition_number, created_by)"
                    + " SELECT " + unit + ", min(id), 'Lâu Năm Cũ (thử)', 'CHINH_THUC', DATE '2016-01-04', DATE '2016-03-01', DATE '2016-04-01',"
                    + " DATE '2016-05-02', '12-QĐ/QU', DATE '2016-05-20', DATE '2017-06-01', '40-QĐ/QU', 'test' FROM admission_rule RETURNING id");
            r.next();
            old = r.getLong(1);
        }
        assertThat(as("lanhdao").post("api/v1/candidates/retention", "{}").status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM candidate WHERE id = " + old)).isEqualTo(1);
        Api.Reply erased = as("tochuc").post("api/v1/candidates/retention", "{}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().getInt("erased")).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM candidate WHERE id = " + old)).isZero();
        assertThat(audits(old, "ERASE_EXPIRED")).isEqualTo(1);
        // the sample's records closed a year or two ago stay
        assertThat(count("SELECT count(*) FROM candidate WHERE sample AND stage IN ('CHINH_THUC', 'XOA_TEN_DU_BI')")).isEqualTo(2);
    }
}

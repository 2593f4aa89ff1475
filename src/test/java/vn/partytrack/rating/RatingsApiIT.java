package vn.partytrack.rating;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly rating cycle through the REST door: the secretary assesses the organisation, the board returns and then
 * appraises it, the standing committee decides over a breached quota only with a reason; bad input names the field
 * and changes nothing; nobody acts outside their role or unit.
 */
class RatingsApiIT extends ApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final int YEAR = TODAY.getYear();

    static String ratingRow(long rating) throws SQLException {
        return text("SELECT r::text FROM rating r WHERE id = " + rating);
    }

    /** A self-assessment of 12 members: 3 excellent, 8 good, 1 completed (the quota allows 1 excellent). */
    static JsonObjectBuilder form(long version) {
        var evidence = Json.createArrayBuilder();
        for (String c : List.of("KET_QUA_NHIEM_VU", "XAY_DUNG_DANG", "KHAC_PHUC_HAN_CHE")) {
            evidence.add(Json.createObjectBuilder().add("criterion", c).add("score", 10).add("text", "Minh chứng " + c + " (thử)"));
        }
        return Json.createObjectBuilder().add("version", version).add("selfLevel", "HTXS").add("selfScore", 93)
                .add("selfSummary", "Hoàn thành 100% chỉ tiêu, 30% vượt mức (thử)")
                .add("membersTotal", 12).add("membersHtxs", 3).add("membersHtt", 8).add("membersHt", 1).add("membersKht", 0)
                .add("membersExempted", 0).add("membersNotReviewed", 0).add("evidence", evidence);
    }

    static long version(Api.Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    @Test
    void theYearlyCycleRunsFromSelfAssessmentToTheStandingCommitteesDecision() throws SQLException {
        long unit = id("MAU-HCSN-01");
        String open = "{\"organisationId\":" + unit + ",\"year\":" + YEAR + "}";
        long ratingsBefore = count("SELECT count(*) FROM rating");

        // only the unit's own secretary opens it, for a year that has a rule set
        assertThat(as("bithu02").post("api/v1/ratings", open).status()).isEqualTo(403);
        assertThat(as("tochuc").post("api/v1/ratings", open).status()).isEqualTo(403);
        assertThat(as("thuongvu").post("api/v1/ratings", open).status()).isEqualTo(403);
        assertThat(fieldErrors(as("bithu01").post("api/v1/ratings", "{\"organisationId\":" + unit + ",\"year\":2017}").json()))
                .containsKey("year");
        assertThat(fieldErrors(as("bithu01").post("api/v1/ratings", "{\"organisationId\":" + unit + "}").json())).containsKey("year");
        assertThat(count("SELECT count(*) FROM rating")).isEqualTo(ratingsBefore);

        Api.Reply created = as("bithu01").post("api/v1/ratings", open);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long rating = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("ruleSetCode")).isEqualTo(YEAR >= 2025 ? "QD366-2025" : "QD124-2023");
        assertThat(as("bithu01").post("api/v1/ratings", open).status()).isEqualTo(200);

        // bad input: counts that do not add up, a level the rule set lacks; nothing changes
        String before = ratingRow(rating);
        long v0 = version(created);
        Api.Reply bad = as("bithu01").put("api/v1/ratings/" + rating, form(v0).add("membersTotal", 13).add("selfLevel", "XUAT_SAC").build().toString());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fieldErrors(bad.json())).containsKeys("membersTotal", "selfLevel");
        assertThat(fieldErrors(bad.json()).get("membersTotal")).contains("12").contains("13");
        assertThat(as("bithu02").put("api/v1/ratings/" + rating, form(v0).build().toString()).status()).isEqualTo(403);
        assertThat(as("lanhdao").put("api/v1/ratings/" + rating, form(v0).build().toString()).status()).isEqualTo(403);
        assertThat(ratingRow(rating)).isEqualTo(before);

        // a draft without evidence is saved, but cannot be submitted
        Api.Reply draft = as("bithu01").put("api/v1/ratings/" + rating, form(v0).add("evidence", Json.createArrayBuilder()).build().toString());
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        Api.Reply incomplete = as("bithu01").post("api/v1/ratings/" + rating + "/submit", "{}");
        assertThat(fieldErrors(incomplete.json())).containsKey("evidence");
        Api.Reply submitted = as("bithu01").post("api/v1/ratings/" + rating + "/submit", form(version(draft)).build().toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getString("stage")).isEqualTo("AWAITING_APPRAISAL");

        // no decision before the appraisal; only staff appraise or return
        String decision = "{\"level\":\"HTXS\",\"decisionNumber\":\"25-QĐ/ĐU\",\"decisionDate\":\"" + TODAY + "\"}";
        before = ratingRow(rating);
        Api.Reply early = as("thuongvu").post("api/v1/ratings/" + rating + "/decision", decision);
        assertThat(early.status()).isEqualTo(400);
        assertThat(fieldErrors(early.json())).containsKey("level");
        for (String other : List.of("bithu01", "lanhdao", "thuongvu")) {
            assertThat(as(other).post("api/v1/ratings/" + rating + "/appraisal", "{\"level\":\"HTT\"}").status()).as(other).isEqualTo(403);
        }
        assertThat(ratingRow(rating)).isEqualTo(before);

        // returned with a reason, corrected and submitted again
        Api.Reply returned = as("tochuc").post("api/v1/ratings/" + rating + "/return", "{\"reason\":\"Bổ sung minh chứng tiêu chí 2\"}");
        assertThat(returned.json().getString("status")).isEqualTo("RETURNED");
        assertThat(returned.json().getString("lastReturnReason")).isEqualTo("Bổ sung minh chứng tiêu chí 2");
        Api.Reply again = as("bithu01").post("api/v1/ratings/" + rating + "/submit", form(version(returned)).build().toString());
        assertThat(again.json().getString("status")).isEqualTo("RESUBMITTED");

        // the appraisal names a level of the year's rule set, and accepts it
        assertThat(fieldErrors(as("tochuc").post("api/v1/ratings/" + rating + "/appraisal", "{\"level\":\"TSVM\"}").json())).containsKey("level");
        Api.Reply appraised = as("tochuc").post("api/v1/ratings/" + rating + "/appraisal",
                "{\"level\":\"HTXS\",\"note\":\"Đề xuất giữ mức tự đánh giá\",\"version\":" + version(again) + "}");
        assertThat(appraised.status()).as(appraised.body()).isEqualTo(200);
        assertThat(appraised.json().getString("stage")).isEqualTo("AWAITING_DECISION");
        assertThat(appraised.json().getString("proposedLevel")).isEqualTo("HTXS");
        // the checks are shown before anything is decided: 3 excellent members where 8 good allow 1
        List<JsonObject> checks = appraised.json().getJsonArray("checks").getValuesAs(JsonObject.class);
        assertThat(checks).anySatisfy(c -> {
            assertThat(c.getString("rule")).isEqualTo("MEMBER_QUOTA");
            assertThat(c.getString("messageVi")).contains("(3)").contains("(8)").contains("tối đa 1");
        });

        // only the standing committee decides; a breach needs its reason, a different level too
        for (String other : List.of("tochuc", "lanhdao", "bithu01", "quantri")) {
            assertThat(as(other).post("api/v1/ratings/" + rating + "/decision", decision).status()).as(other).isEqualTo(403);
        }
        before = ratingRow(rating);
        Api.Reply noReason = as("thuongvu").post("api/v1/ratings/" + rating + "/decision", decision);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fieldErrors(noReason.json()).get("reason")).contains("3").contains("8");
        assertThat(fieldErrors(as("thuongvu").post("api/v1/ratings/" + rating + "/decision",
                "{\"level\":\"HT\",\"decisionNumber\":\"25-QĐ/ĐU\",\"decisionDate\":\"" + TODAY.plusDays(1) + "\"}").json()))
                .containsKeys("reason", "decisionDate");
        assertThat(fieldErrors(as("thuongvu").post("api/v1/ratings/" + rating + "/decision", "{\"level\":\"HTT\"}").json()))
                .containsKeys("decisionNumber", "decisionDate", "reason");
        assertThat(ratingRow(rating)).isEqualTo(before);

        Api.Reply decided = as("thuongvu").post("api/v1/ratings/" + rating + "/decision",
                "{\"level\":\"HTXS\",\"decisionNumber\":\"25-QĐ/ĐU\",\"decisionDate\":\"" + TODAY
                        + "\",\"reason\":\"Đơn vị tiêu biểu của khối, Ban Thường vụ thống nhất\",\"version\":" + version(appraised) + "}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().getString("decidedLevel")).isEqualTo("HTXS");
        assertThat(decided.json().getString("decisionNumber")).isEqualTo("25-QĐ/ĐU");
        assertThat(decided.json().getJsonArray("history").getValuesAs(JsonObject.class))
                .extracting(h -> h.getString("action")).containsSubsequence("CREATE", "SUBMIT", "RETURN", "ACCEPT", "DECIDE");
        assertThat(text("SELECT decision_reason FROM rating WHERE id = " + rating)).startsWith("Đơn vị tiêu biểu");

        // decided is final
        assertThat(fieldErrors(as("thuongvu").post("api/v1/ratings/" + rating + "/decision", decision).json())).containsKey("level");
        assertThat(as("bithu01").post("api/v1/ratings/" + rating + "/unlock-request", "{\"reason\":\"Xin sửa\"}").status()).isEqualTo(409);

        // who reads what: the tracker is for district readers; another unit sees nothing of it
        JsonObject tracker = as("lanhdao").get("api/v1/ratings/tracker?year=" + YEAR + "&bloc=HCSN").json();
        assertThat(tracker.getJsonArray("rows").getValuesAs(JsonObject.class)).anySatisfy(r -> {
            assertThat(r.getJsonNumber("organisationId").longValue()).isEqualTo(unit);
            assertThat(r.getString("stage")).isEqualTo("DECIDED");
            assertThat(r.getString("decidedLevel")).isEqualTo("HTXS");
        });
        assertThat(tracker.getJsonObject("decidedLevels").getInt("HTXS")).isGreaterThanOrEqualTo(1);
        assertThat(as("thuongvu").get("api/v1/ratings/tracker?year=" + YEAR).status()).isEqualTo(200);
        assertThat(as("bithu01").get("api/v1/ratings/tracker?year=" + YEAR).status()).isEqualTo(403);
        assertThat(as("bithu02").get("api/v1/ratings/" + rating).status()).isEqualTo(403);
        assertThat(as("lanhdao").get("api/v1/ratings/" + rating).status()).isEqualTo(200);
        JsonArray others = as("bithu02").get("api/v1/ratings?year=" + YEAR).json().getJsonArray("rows");
        assertThat(others.getValuesAs(JsonObject.class)).noneMatch(r -> r.getJsonNumber("organisationId").longValue() == unit);
    }

    @Test
    void theRuleSetsOfEachYearAreData() {
        JsonArray sets = (JsonArray) as("bithu01").get("api/v1/ratings/rule-sets").structure();
        assertThat(sets.getValuesAs(JsonObject.class)).extracting(s -> s.getString("code"))
                .containsSubsequence("QD132-2018", "QD124-2023", "QD366-2025");
        JsonObject qd366 = sets.getValuesAs(JsonObject.class).stream().filter(s -> s.getString("code").equals("QD366-2025")).findFirst().orElseThrow();
        assertThat(qd366.getBoolean("scored")).isTrue();
        assertThat(qd366.getJsonArray("levels").getValuesAs(JsonObject.class).get(0).getJsonNumber("minScore").intValue()).isEqualTo(90);
        // a past year's tracker counts the sample's decided levels
        JsonObject y2020 = as("lanhdao").get("api/v1/ratings/tracker?year=2020&bloc=HCSN").json();
        assertThat(y2020.getString("ruleSetCode")).isEqualTo("QD132-2018");
        assertThat(y2020.getJsonObject("stages").getInt("DECIDED")).isGreaterThan(30);

        // 2025 against the two years before; a unit excellent three years running is a candidate
        JsonObject y2025 = as("thuongvu").get("api/v1/ratings/tracker?year=2025&bloc=HCSN").json();
        assertThat(y2025.getJsonArray("previousYears").getValuesAs(JsonObject.class)).extracting(p -> p.getInt("year"))
                .containsExactly(2024, 2023);
        assertThat(y2025.getJsonArray("previousYears").getJsonObject(0).getJsonObject("levels").getInt("HTXS")).isPositive();
        assertThat(y2025.getJsonArray("rows").getValuesAs(JsonObject.class)).anySatisfy(r -> {
            assertThat(r.getString("organisationCode")).isEqualTo("MAU-HCSN-05");
            assertThat(r.getInt("excellentYearsRunning")).isEqualTo(3);
        });

        // the result table in the form the board sends up, for district readers only
        byte[] xlsx = as("lanhdao").download("api/v1/exports/ratings.xlsx?year=2020&bloc=HCSN");
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(as("bithu01").unchecked().send("GET", "api/v1/exports/ratings.pdf?year=2020", null, null).status()).isEqualTo(403);
    }

    @Test
    void theBoardSetsTheDeadlineAndThoseWhoHaveNotAssessedThemselvesAreRemindedOnce() throws SQLException {
        String deadline = "api/v1/ratings/deadlines/" + YEAR;
        LocalDate due = TODAY.plusDays(2);
        String body = "{\"selfAssessmentDue\":\"" + due + "\"}";
        assertThat(as("bithu03").put(deadline, body).status()).isEqualTo(403);
        assertThat(as("thuongvu").put(deadline, body).status()).isEqualTo(403);
        assertThat(fieldErrors(as("tochuc").put(deadline, "{\"selfAssessmentDue\":\"" + LocalDate.of(YEAR + 2, 1, 10) + "\"}").json()))
                .containsKey("selfAssessmentDue");
        assertThat(fieldErrors(as("tochuc").put(deadline, "{}").json())).containsKey("selfAssessmentDue");
        Api.Reply set = as("tochuc").put(deadline, body);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        JsonObject read = as("bithu03").get(deadline).json();
        assertThat(read.getString("selfAssessmentDue")).isEqualTo(due.toString());
        assertThat(read.getBoolean("set")).isTrue();
        assertThat(text("SELECT action FROM audit_entry WHERE entity_type = 'RATING_DEADLINE' AND entity_id = " + YEAR
                + " ORDER BY id DESC LIMIT 1")).isEqualTo("SET");

        // the secretaries of the grassroots units with no self-assessment sent for the year: none, or a draft
        String late = " FROM units_at(DATE '" + TODAY + "') o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots"
                + " LEFT JOIN rating r ON r.organisation_id = o.id AND r.year = " + YEAR
                + " JOIN account a ON a.organisation_id = o.id AND a.role = 'SECRETARY' AND a.enabled"
                + " WHERE r.id IS NULL OR r.status = 'DRAFT'";
        long expected = count("SELECT count(*)" + late);
        assertThat(expected).isPositive();
        String reminders = "SELECT count(*) FROM notification WHERE dedupe_key LIKE 'RATING_DUE_SOON:" + YEAR + ":%'";
        assertThat(as("bithu05").post("api/v1/notifications/reminders", "{}").status()).isEqualTo(403);
        Api.Reply sent = as("tochuc").post("api/v1/notifications/reminders", "{}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(count(reminders)).isEqualTo(expected);
        // the draft's secretary is reminded, the one who submitted is not
        assertThat(as("bithu03").get("api/v1/notifications").body())
                .contains("Bản tự kiểm điểm, xếp loại chất lượng năm " + YEAR + " đến hạn ngày");
        assertThat(count("SELECT count(*) FROM notification n JOIN account a ON a.id = n.account_id WHERE a.username = 'bithu02'"
                + " AND n.dedupe_key LIKE 'RATING_%:" + YEAR + ":%'")).isZero();
        // sending again sends nothing new
        as("tochuc").post("api/v1/notifications/reminders", "{}");
        assertThat(count(reminders)).isEqualTo(expected);
    }

    @Test
    void anAppraisedRatingIsReopenedOnlyThroughAnUnlockRequestTheBoardGrants() throws SQLException {
        long unit = id("MAU-HCSN-04");
        Api.Reply opened = as("bithu04").post("api/v1/ratings", "{\"organisationId\":" + unit + ",\"year\":" + YEAR + "}");
        long rating = opened.json().getJsonNumber("id").longValue();
        Api.Reply submitted = as("bithu04").post("api/v1/ratings/" + rating + "/submit",
                form(version(opened)).add("selfLevel", "HTT").add("selfScore", 85).add("membersHtxs", 1).add("membersHtt", 10).build().toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getJsonObject("actions").getBoolean("requestUnlock")).isFalse();
        Api.Reply appraised = as("tochuc").post("api/v1/ratings/" + rating + "/appraisal", "{\"level\":\"HTT\"}");
        assertThat(as("bithu04").get("api/v1/ratings/" + rating).json().getJsonObject("actions").getBoolean("requestUnlock")).isTrue();

        // a request needs its reason; only the unit's secretary asks, only staff answer
        String before = ratingRow(rating);
        assertThat(fieldErrors(as("bithu04").post("api/v1/ratings/" + rating + "/unlock-request", "{}").json())).containsKey("reason");
        assertThat(as("bithu05").post("api/v1/ratings/" + rating + "/unlock-request", "{\"reason\":\"Sai số liệu\"}").status()).isEqualTo(403);
        assertThat(ratingRow(rating)).isEqualTo(before);
        Api.Reply asked = as("bithu04").post("api/v1/ratings/" + rating + "/unlock-request", "{\"reason\":\"Nhập nhầm số đảng viên (thử)\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.json().getString("unlockReason")).isEqualTo("Nhập nhầm số đảng viên (thử)");
        assertThat(asked.json().getString("unlockRequestedAt")).isNotBlank();
        assertThat(as("thuongvu").post("api/v1/ratings/" + rating + "/unlock-decision", "{\"grant\":true}").status()).isEqualTo(403);

        Api.Reply granted = as("tochuc").post("api/v1/ratings/" + rating + "/unlock-decision",
                "{\"grant\":true,\"comment\":\"Đồng ý, sửa trong 3 ngày\",\"version\":" + version(asked) + "}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().getString("status")).isEqualTo("RETURNED");
        assertThat(granted.json().getString("stage")).isEqualTo("RETURNED");
        assertThat(granted.json().getString("lastReturnReason")).isEqualTo("Đồng ý, sửa trong 3 ngày");
        assertThat(granted.json().containsKey("unlockRequestedAt") && !granted.json().isNull("unlockRequestedAt")).isFalse();
        assertThat(granted.json().getJsonArray("history").getValuesAs(JsonObject.class)).extracting(h -> h.getString("action"))
                .containsSubsequence("SUBMIT", "ACCEPT", "REQUEST_UNLOCK", "GRANT_UNLOCK");
        assertThat(appraised.status()).isEqualTo(200);

        // a comment goes into the history, from either side; an empty one is refused
        assertThat(fieldErrors(as("tochuc").post("api/v1/ratings/" + rating + "/comments", "{\"reason\":\" \"}").json())).containsKey("reason");
        Api.Reply commented = as("tochuc").post("api/v1/ratings/" + rating + "/comments", "{\"reason\":\"Lưu ý tiêu chí 3 (thử)\"}");
        assertThat(commented.json().getJsonArray("history").getValuesAs(JsonObject.class)).anySatisfy(h -> {
            assertThat(h.getString("action")).isEqualTo("COMMENT");
            assertThat(h.getString("comment")).isEqualTo("Lưu ý tiêu chí 3 (thử)");
        });
    }

    @Test
    void theLevelsOverFiveYearsAddUpByBlocAndCommitteeAsTheTrackerCountsThem() throws SQLException {
        assertThat(as("bithu01").get("api/v1/ratings/distribution?year=2025").status()).isEqualTo(403);
        assertThat(fieldErrors(as("lanhdao").get("api/v1/ratings/distribution").json())).containsKey("year");
        JsonObject d = as("lanhdao").get("api/v1/ratings/distribution?year=2025&bloc=HCSN").json();
        assertThat(d.getJsonArray("years").getValuesAs(jakarta.json.JsonNumber.class)).extracting(jakarta.json.JsonNumber::intValue)
                .containsExactly(2025, 2024, 2023, 2022, 2021);
        assertThat(d.getInt("latestYear")).isEqualTo(2025);

        // the totals of each year are the tracker's (computed by another statement)
        JsonObject tracker = as("lanhdao").get("api/v1/ratings/tracker?year=2025&bloc=HCSN").json();
        List<JsonObject> total = d.getJsonArray("total").getValuesAs(JsonObject.class);
        assertThat(line(total, 2025, "")).isEqualTo(tracker.getJsonObject("decidedLevels"));
        for (JsonObject previous : tracker.getJsonArray("previousYears").getValuesAs(JsonObject.class)) {
            assertThat(line(total, previous.getInt("year"), "")).isEqualTo(previous.getJsonObject("levels"));
        }
        assertThat(line(total, 2024, "").getInt("HTXS")).isPositive();

        // by bloc and by the committee above the units, the lines of a year add up to its total
        for (String group : List.of("byBloc", "byCommittee")) {
            for (int year = 2021; year <= 2025; year++) {
                int y = year;
                for (String level : List.of("HTXS", "HTT", "HT", "KHT")) {
                    int sum = d.getJsonArray(group).getValuesAs(JsonObject.class).stream().filter(l -> l.getInt("year") == y)
                            .mapToInt(l -> l.getJsonObject("levels").getInt(level)).sum();
                    assertThat(sum).as(group + " " + y + " " + level).isEqualTo(line(total, y, "").getInt(level));
                }
            }
        }
        assertThat(d.getJsonArray("byBloc").getValuesAs(JsonObject.class)).allSatisfy(l -> assertThat(l.getString("code")).isEqualTo("HCSN"));

        // the two lists are the tracker's rows excellent two years running or more, and not completed
        List<JsonObject> rows = tracker.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(d.getJsonArray("excellentRunning").getValuesAs(JsonObject.class))
                .extracting(u -> u.getJsonNumber("organisationId").longValue() + ":" + u.getInt("yearsRunning"))
                .containsExactlyInAnyOrderElementsOf(rows.stream().filter(r -> r.getInt("excellentYearsRunning") >= 2)
                        .map(r -> r.getJsonNumber("organisationId").longValue() + ":" + r.getInt("excellentYearsRunning")).toList());
        assertThat(d.getJsonArray("excellentRunning").getValuesAs(JsonObject.class))
                .anySatisfy(u -> assertThat(u.getInt("yearsRunning")).isEqualTo(3));
        assertThat(d.getInt("excellentRunningCount")).isEqualTo(d.getJsonArray("excellentRunning").size());
        assertThat(d.getJsonArray("notCompleted").getValuesAs(JsonObject.class)).extracting(u -> u.getJsonNumber("organisationId").longValue())
                .containsExactlyInAnyOrderElementsOf(rows.stream().filter(r -> "KHT".equals(r.getString("decidedLevel", null)))
                        .map(r -> r.getJsonNumber("organisationId").longValue()).toList());

        // the dashboard of a period carries the distribution of the five years up to the period's
        long period = count("SELECT id FROM reporting_period WHERE code = '2021-H1'");
        JsonObject dashboard = as("lanhdao").get("api/v1/dashboard?bloc=HCSN&period=" + period).json();
        assertThat(dashboard.getJsonObject("ratings"))
                .isEqualTo(as("lanhdao").get("api/v1/ratings/distribution?year=2021&bloc=HCSN").json());
        assertThat(dashboard.getJsonObject("ratings").getInt("latestYear")).isEqualTo(2021);
    }

    @Test
    void theReportOnTheYearsRatingIsWrittenFromItsDecisions() throws Exception {
        assertThat(as("bithu01").get("api/v1/ratings/report?year=2024&bloc=HCSN").status()).isEqualTo(403);
        assertThat(fieldErrors(as("lanhdao").get("api/v1/ratings/report?bloc=HCSN").json())).containsKey("year");
        assertThat(fieldErrors(as("lanhdao").get("api/v1/ratings/report?bloc=HCSN&year=" + (YEAR + 1)).json())).containsKey("year");
        Api.Reply reply = as("lanhdao").get("api/v1/ratings/report?year=2024&bloc=HCSN");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject doc = reply.json();
        assertThat(doc.getString("title")).isEqualTo("BÁO CÁO");
        assertThat(doc.getString("subtitle")).startsWith("Kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2024");
        List<JsonObject> sections = doc.getJsonArray("sections").getValuesAs(JsonObject.class);
        assertThat(sections).hasSize(3);

        // the sentences, from the figures the tracker shows for the same year and bloc
        List<JsonObject> rows = as("lanhdao").get("api/v1/ratings/tracker?year=2024&bloc=HCSN").json().getJsonArray("rows").getValuesAs(JsonObject.class);
        List<JsonObject> decided = rows.stream().filter(r -> r.containsKey("decidedLevel") && !r.isNull("decidedLevel")).toList();
        int[] levels = new int[4];
        int[] members = new int[4];
        long exempted = 0, notReviewed = 0;
        List<String> codes = List.of("HTXS", "HTT", "HT", "KHT");
        for (JsonObject r : decided) {
            levels[codes.indexOf(r.getString("decidedLevel"))]++;
            int i = 0;
            for (String m : List.of("membersHtxs", "membersHtt", "membersHt", "membersKht")) {
                members[i++] += r.containsKey(m) && !r.isNull(m) ? r.getInt(m) : 0;
            }
            exempted += r.containsKey("membersExempted") && !r.isNull("membersExempted") ? r.getInt("membersExempted") : 0;
            notReviewed += r.containsKey("membersNotReviewed") && !r.isNull("membersNotReviewed") ? r.getInt("membersNotReviewed") : 0;
        }
        assertThat(levels[0]).isPositive();
        String organisations = sections.get(1).getString("body");
        String rated = vn.partytrack.synthesis.Sentences.ratedOrganisations(rows.size(), levels, List.of());
        if (decided.size() == rows.size()) {
            assertThat(organisations.lines().findFirst().orElseThrow()).isEqualTo(rated);
        } else {
            assertThat(organisations).startsWith(rated.substring(0, rated.length() - 1) + "; còn " + (rows.size() - decided.size()) + " tổ chức");
        }
        for (JsonObject r : rows) {
            if (r.getInt("excellentYearsRunning") >= 2) {
                assertThat(organisations).contains(r.getString("organisationName") + " (" + r.getInt("excellentYearsRunning") + " năm liền)");
            }
            if ("KHT".equals(r.getString("decidedLevel", null))) {
                assertThat(organisations).contains(r.getString("organisationName"));
            }
        }
        assertThat(organisations).contains("So với năm 2023");
        String membersText = sections.get(2).getString("body");
        assertThat(membersText.lines().findFirst().orElseThrow())
                .isEqualTo(vn.partytrack.synthesis.Sentences.ratedMembers(members, exempted, notReviewed));
        assertThat(membersText).contains("20% số đảng viên hoàn thành tốt nhiệm vụ");
        assertThat(sections.get(0).getString("body")).contains("124-QĐ/TW");

        // the Word and PDF files carry the Party layout and the same sentences
        byte[] docx = as("lanhdao").download("api/v1/ratings/report.docx?year=2024&bloc=HCSN");
        String text;
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            text = extractor.getText();
        }
        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").contains("Nơi nhận:").contains(membersText.lines().findFirst().orElseThrow());
        byte[] pdf = as("lanhdao").download("api/v1/ratings/report.pdf?year=2024&bloc=HCSN");
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", " "))
                    .contains("KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN");
        }
    }

    @Test
    void anAdministratorAddsAYearsRuleSetAndAdjustsItUntilARatingIsDecidedUnderIt() throws SQLException {
        // a rule set with decided ratings is frozen: 409 with the reason, nothing changed
        JsonObject qd132 = as("bithu01").get("api/v1/ratings/rule-sets/QD132-2018").json();
        assertThat(qd132.getInt("decidedRatings")).isPositive();
        String adjust = "{\"version\":" + qd132.getJsonNumber("version").longValue() + ",\"memberQuotaPercent\":25}";
        assertThat(as("tochuc").put("api/v1/ratings/rule-sets/QD132-2018", adjust).status()).isEqualTo(403);
        Api.Reply frozen = as("quantri").put("api/v1/ratings/rule-sets/QD132-2018", adjust);
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.json().getString("detail")).contains("không thể sửa");
        assertThat(text("SELECT member_quota_percent::text FROM rating_rule_set WHERE code = 'QD132-2018'")).isEqualTo("20.00");
        assertThat(as("quantri").get("api/v1/ratings/rule-sets/KHONG-CO").status()).isEqualTo(404);

        // a new year's rule set, copied: bad input names the field
        int next = YEAR + 1;
        assertThat(as("thuongvu").post("api/v1/ratings/rule-sets", "{\"copyOf\":\"QD366-2025\",\"code\":\"THU-" + next + "\",\"fromYear\":" + next + "}")
                .status()).isEqualTo(403);
        assertThat(fieldErrors(as("quantri").post("api/v1/ratings/rule-sets", "{}").json())).containsKeys("copyOf", "code", "fromYear");
        assertThat(fieldErrors(as("quantri").post("api/v1/ratings/rule-sets",
                "{\"copyOf\":\"QD999\",\"code\":\"thu 1\",\"fromYear\":2025}").json())).containsKeys("copyOf", "code", "fromYear");
        assertThat(fieldErrors(as("quantri").post("api/v1/ratings/rule-sets",
                "{\"copyOf\":\"QD366-2025\",\"code\":\"QD124-2023\",\"fromYear\":" + next + "}").json())).containsKey("code");
        // this year was already rated under the rule set in force
        long sets = count("SELECT count(*) FROM rating_rule_set");
        Api.Reply inUse = as("quantri").post("api/v1/ratings/rule-sets",
                "{\"copyOf\":\"QD366-2025\",\"code\":\"THU-" + YEAR + "\",\"fromYear\":" + YEAR + "}");
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM rating_rule_set")).isEqualTo(sets);

        Api.Reply created = as("quantri").post("api/v1/ratings/rule-sets", "{\"copyOf\":\"QD366-2025\",\"code\":\"THU-" + next
                + "\",\"fromYear\":" + next + ",\"nameVi\":\"Bộ quy định thử năm " + next + "\",\"nameEn\":\"Test rules " + next + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject rules = created.json().getJsonObject("rules");
        assertThat(rules.getInt("fromYear")).isEqualTo(next);
        assertThat(rules.getString("nameVi")).isEqualTo("Bộ quy định thử năm " + next);
        assertThat(rules.getJsonArray("levels").getJsonObject(0).getString("code")).isEqualTo("HTXS");
        assertThat(rules.getJsonArray("levels").getJsonObject(0).getJsonNumber("minScore").doubleValue()).isEqualTo(90.0);
        assertThat(rules.getJsonArray("criteria")).hasSameSizeAs(
                as("quantri").get("api/v1/ratings/rule-sets/QD366-2025").json().getJsonObject("rules").getJsonArray("criteria"));
        // the set in force ends the year before; what was decided under it stays under it
        assertThat(text("SELECT to_year::text FROM rating_rule_set WHERE code = 'QD366-2025'")).isEqualTo(String.valueOf(YEAR));
        assertThat(as("lanhdao").get("api/v1/ratings/tracker?year=2025&bloc=HCSN").json().getString("ruleSetCode")).isEqualTo("QD366-2025");

        // its thresholds are adjusted without a release: bad ones named, a stale version refused
        long version = created.json().getJsonNumber("version").longValue();
        String url = "api/v1/ratings/rule-sets/THU-" + next;
        assertThat(fieldErrors(as("quantri").put(url, "{\"version\":" + version + ",\"memberQuotaPercent\":120,\"quotaGroup\":\"WARD\","
                + "\"disciplinedCap\":\"XS\",\"minScores\":{\"HTT\":95}}").json()))
                .containsKeys("memberQuotaPercent", "quotaGroup", "disciplinedCap", "minScores.HTT");
        Api.Reply adjusted = as("quantri").put(url, "{\"version\":" + version + ",\"memberQuotaPercent\":15,\"minScores\":{\"HTXS\":92}}");
        assertThat(adjusted.status()).as(adjusted.body()).isEqualTo(200);
        assertThat(adjusted.json().getJsonObject("rules").getJsonNumber("memberQuotaPercent").doubleValue()).isEqualTo(15.0);
        assertThat(adjusted.json().getJsonObject("rules").getJsonArray("levels").getJsonObject(0).getJsonNumber("minScore").doubleValue()).isEqualTo(92.0);
        assertThat(as("quantri").put(url, "{\"version\":" + version + ",\"memberQuotaPercent\":10}").status()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE entity_type = 'RATING_RULE_SET'")).isGreaterThanOrEqualTo(2);
    }

    static JsonObject line(List<JsonObject> lines, int year, String code) {
        return lines.stream().filter(l -> l.getInt("year") == year && l.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonObject("levels");
    }
}

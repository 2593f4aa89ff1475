package vn.partytrack.meeting;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.partytrack.it.Api;
import vn.partytrack.it.ApiIT;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review meetings through the REST door: staff record a meeting, the items raised there join the issue register,
 * the chair's tasks reach the units, which report completion; the dashboard follow-up and the synthesis report state
 * what the database holds; nobody touches what is not theirs.
 */
class MeetingsApiIT extends ApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    static long period(String code) throws SQLException {
        return count("SELECT id FROM reporting_period WHERE code = '" + code + "'");
    }

    static String meeting(long period, LocalDate heldOn, long... units) {
        var unitIds = Json.createArrayBuilder();
        for (long u : units) {
            unitIds.add(u);
        }
        return Json.createObjectBuilder().add("blocCode", "HCSN").add("periodId", period).add("heldOn", heldOn.toString())
                .add("chair", "Đồng chí Chủ trì Thử").add("place", "Phòng họp thử")
                .add("conclusion", "Kết luận thử <script>alert(1)</script>")
                .add("boardCodes", Json.createArrayBuilder().add("TO_CHUC").add("KIEM_TRA")).add("unitIds", unitIds).build().toString();
    }

    @Test
    void staffRecordAMeetingAndItsTasksReachTheUnitsWhichReportCompletion() throws SQLException {
        long period = period("2020-YEAR");
        long u1 = id("MAU-HCSN-01"), u2 = id("MAU-HCSN-02"), other = id("MAU-DN-01");
        long meetingsBefore = count("SELECT count(*) FROM review_meeting");

        // refused: a date in the future, a unit of another bloc, no chair; nothing is saved
        Api.Reply refused = as("tochuc").post("api/v1/meetings", meeting(period, TODAY.plusDays(1), u1, other).replace("Đồng chí Chủ trì Thử", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fieldErrors(refused.json())).containsKeys("heldOn", "unitIds", "chair");
        assertThat(as("bithu01").post("api/v1/meetings", meeting(period, TODAY, u1)).status()).isEqualTo(403);
        assertThat(as("lanhdao").post("api/v1/meetings", meeting(period, TODAY, u1)).status()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM review_meeting")).isEqualTo(meetingsBefore);

        LocalDate heldOn = LocalDate.of(2021, 1, 12);
        Api.Reply created = as("tochuc").post("api/v1/meetings", meeting(period, heldOn, u1, u2));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long meeting = created.json().getJsonNumber("id").longValue();
        assertThat(count("SELECT count(*) FROM review_meeting_unit WHERE meeting_id = " + meeting)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM review_meeting_board WHERE meeting_id = " + meeting)).isEqualTo(2);
        assertThat(as("lanhdao").get("api/v1/meetings/" + meeting).json().getString("conclusion")).isEqualTo("Kết luận thử <script>alert(1)</script>");
        assertThat(as("bithu01").get("api/v1/meetings/" + meeting).status()).isEqualTo(403);

        // a difficulty raised at the meeting joins the register; the unit sees it and the answer
        assertThat(fieldErrors(as("tochuc").post("api/v1/meetings/" + meeting + "/issues",
                "{\"organisationId\":" + other + ",\"kind\":\"DIFFICULTY\",\"body\":\"x\"}").json())).containsKey("organisationId");
        Api.Reply raised = as("tochuc").post("api/v1/meetings/" + meeting + "/issues",
                "{\"organisationId\":" + u2 + ",\"kind\":\"PROPOSAL\",\"body\":\"Đề nghị tập huấn phần mềm (thử)\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long item = raised.json().getJsonNumber("id").longValue();
        assertThat(as("tochuc").put("api/v1/issues/" + item, "{\"boardCode\":\"VAN_PHONG\",\"response\":\"Sẽ tổ chức trong quý I\",\"status\":\"ANSWERED\",\"version\":"
                        + raised.json().getJsonNumber("version") + "}")
                .status()).isEqualTo(200);
        JsonArray own = (JsonArray) as("bithu02").get("api/v1/issues").structure();
        assertThat(own.getValuesAs(JsonObject.class)).anySatisfy(i -> {
            assertThat(i.getJsonNumber("id").longValue()).isEqualTo(item);
            assertThat(i.getJsonNumber("meetingId").longValue()).isEqualTo(meeting);
            assertThat(i.getString("response")).isEqualTo("Sẽ tổ chức trong quý I");
        });
        assertThat(((JsonArray) as("bithu01").get("api/v1/issues").structure()).getValuesAs(JsonObject.class))
                .noneMatch(i -> i.getJsonNumber("id").longValue() == item);

        // tasks: a deadline before the meeting is refused; one for every unit of the bloc, one for a chosen unit
        assertThat(fieldErrors(as("tochuc").post("api/v1/meetings/" + meeting + "/tasks", task("Sớm quá", heldOn.minusDays(1), true)).json()))
                .containsKey("deadline");
        assertThat(fieldErrors(as("tochuc").post("api/v1/meetings/" + meeting + "/tasks", task("Không ai", heldOn.plusDays(5), false)).json()))
                .containsKey("organisationIds");
        long notificationsBefore = count("SELECT count(*) FROM notification n JOIN account a ON a.id = n.account_id WHERE a.username = 'bithu01'");
        assertThat(as("tochuc").post("api/v1/meetings/" + meeting + "/tasks", task("Rà soát hồ sơ đảng viên (thử)", heldOn.plusDays(30), true)).status())
                .isEqualTo(201);
        Api.Reply second = as("tochuc").post("api/v1/meetings/" + meeting + "/tasks", task("Nộp báo cáo bổ sung (thử)", TODAY.plusDays(10), false, u1));
        assertThat(second.status()).isEqualTo(201);
        long bloc = count("SELECT count(*) FROM organisation o JOIN organisation_type t ON t.id = o.type_id AND t.grassroots"
                + " JOIN bloc b ON b.id = o.bloc_id WHERE b.code = 'HCSN' AND o.active");
        List<JsonObject> tasks = second.json().getJsonArray("tasks").getValuesAs(JsonObject.class);
        assertThat(tasks.get(0).getJsonArray("assignments")).hasSize((int) bloc);
        assertThat(tasks.get(1).getJsonArray("assignments")).hasSize(1);
        assertThat(count("SELECT count(*) FROM notification n JOIN account a ON a.id = n.account_id WHERE a.username = 'bithu01'"))
                .isEqualTo(notificationsBefore + 2);

        // the unit sees its tasks; the first is overdue (its deadline has passed)
        List<JsonObject> mine = ((JsonArray) as("bithu01").get("api/v1/meetings/own-tasks").structure()).getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getJsonNumber("meetingId").longValue() == meeting).toList();
        assertThat(mine).hasSize(2);
        JsonObject overdue = mine.get(0);
        assertThat(overdue.getJsonNumber("overdueDays").longValue()).isEqualTo(TODAY.toEpochDay() - heldOn.plusDays(30).toEpochDay());
        long assignment = overdue.getJsonNumber("id").longValue();
        String rowBefore = text("SELECT t::text FROM task_assignment t WHERE id = " + assignment);

        // another unit's secretary and staff cannot report it; a date before the meeting or no note is refused
        long version = overdue.getJsonNumber("version").longValue();
        String done = "{\"status\":\"DONE\",\"note\":\"Đã rà soát 100% hồ sơ\",\"doneOn\":\"" + TODAY + "\",\"version\":" + version + "}";
        assertThat(as("bithu02").put("api/v1/meetings/own-tasks/" + assignment, done).status()).isEqualTo(403);
        assertThat(as("tochuc").put("api/v1/meetings/own-tasks/" + assignment, done).status()).isEqualTo(403);
        Api.Reply badDate = as("bithu01").put("api/v1/meetings/own-tasks/" + assignment,
                "{\"status\":\"DONE\",\"note\":\" \",\"doneOn\":\"" + heldOn.minusDays(1) + "\",\"version\":" + version + "}");
        assertThat(fieldErrors(badDate.json())).containsKeys("note", "doneOn");
        assertThat(text("SELECT t::text FROM task_assignment t WHERE id = " + assignment)).isEqualTo(rowBefore);

        long followDone = as("lanhdao").get("api/v1/meetings/follow-up?bloc=HCSN&period=" + period).json().getInt("done");
        Api.Reply reported = as("bithu01").put("api/v1/meetings/own-tasks/" + assignment, done);
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        assertThat(reported.json().getString("status")).isEqualTo("DONE");
        assertThat(reported.json().getJsonNumber("overdueDays").longValue()).isZero();
        // the same version again: someone already changed it
        assertThat(as("bithu01").put("api/v1/meetings/own-tasks/" + assignment, done).status()).isEqualTo(409);

        JsonObject follow = as("lanhdao").get("api/v1/meetings/follow-up?bloc=HCSN&period=" + period).json();
        assertThat(follow.getInt("done")).isEqualTo(followDone + 1)
                .isEqualTo(count("SELECT count(*) FROM task_assignment a JOIN meeting_task t ON t.id = a.task_id JOIN review_meeting m ON m.id = t.meeting_id"
                        + " WHERE m.period_id = " + period + " AND a.status = 'DONE'"));
        assertThat(follow.getInt("overdue")).isEqualTo(count("SELECT count(*) FROM task_assignment a JOIN meeting_task t ON t.id = a.task_id"
                + " JOIN review_meeting m ON m.id = t.meeting_id WHERE m.period_id = " + period + " AND a.status = 'OPEN' AND t.deadline < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date"));
        assertThat(as("bithu01").get("api/v1/meetings/follow-up?bloc=HCSN&period=" + period).status()).isEqualTo(403);
    }

    @Test
    void aStaleVersionOfAMeetingIsRefusedAndTheFirstChangeKept() throws SQLException {
        long period = period("2020-YEAR");
        long u3 = id("MAU-HCSN-03");
        Api.Reply posted = as("tochuc").post("api/v1/meetings", meeting(period, LocalDate.of(2021, 1, 20), u3));
        assertThat(posted.status()).as(posted.body()).isBetween(200, 201);
        JsonObject created = posted.json();
        long meeting = created.getJsonNumber("id").longValue();
        String version = ",\"version\":" + created.getJsonNumber("version") + "}";
        String first = meeting(period, LocalDate.of(2021, 1, 20), u3).replace("Phòng họp thử", "Hội trường A");
        String second = meeting(period, LocalDate.of(2021, 1, 20), u3).replace("Phòng họp thử", "Hội trường B");
        assertThat(as("tochuc").put("api/v1/meetings/" + meeting, first.substring(0, first.length() - 1) + version).status()).isEqualTo(200);
        assertThat(as("tuyengiao").put("api/v1/meetings/" + meeting, second.substring(0, second.length() - 1) + version).status()).isEqualTo(409);
        assertThat(as("lanhdao").get("api/v1/meetings/" + meeting).json().getString("place")).isEqualTo("Hội trường A");
    }

    @Test
    void theSynthesisReportQuotesTheLatestMeetingAndHowFarEachTaskIsDone() throws SQLException {
        long period = count("SELECT id FROM reporting_period WHERE code = extract(year FROM now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::int || '-YEAR'");
        long meeting = count("SELECT m.id FROM review_meeting m JOIN bloc b ON b.id = m.bloc_id WHERE b.code = 'HCSN' AND m.period_id = " + period
                + " ORDER BY m.held_on DESC, m.id DESC LIMIT 1");
        // since the 2025 restructuring the year's synthesis is a committee's: that of the first unit that raised an item
        // at the meeting (the synthesis quotes what its own units raised)
        List<Long> raising = longs("SELECT u.parent_id FROM report_item i JOIN reporting_period p ON p.id = i.period_id"
                + " CROSS JOIN LATERAL units_at(p.cutoff_date) u WHERE u.id = i.organisation_id AND i.meeting_id = " + meeting
                + " ORDER BY i.id LIMIT 1");
        long ward = raising.isEmpty() ? id("MAU-DUP-HBT") : raising.get(0);
        String text = as("lanhdao").get("api/v1/synthesis/draft?bloc=HCSN&period=" + period + "&committee=" + ward).body();
        // the synthesis counts the committee's units as they stood at the period's cut-off, and those of them present
        String inScope = " FROM reporting_period p CROSS JOIN LATERAL units_at(p.cutoff_date) o"
                + " JOIN organisation_type t ON t.id = o.type_id AND t.grassroots JOIN bloc b ON b.id = o.bloc_id"
                + " WHERE b.code = 'HCSN' AND p.id = " + period
                + " AND o.path LIKE (SELECT c.path FROM units_at(p.cutoff_date) c WHERE c.id = " + ward + ") || '%'";
        long units = count("SELECT count(*)" + inScope);
        long present = count("SELECT count(*)" + inScope + " AND o.id IN (SELECT organisation_id FROM review_meeting_unit WHERE meeting_id = " + meeting + ")");
        assertThat(units).isPositive();
        assertThat(text).contains(present == units ? "100% các đơn vị tham dự" : present == 0 ? "chủ trì." : "có " + present + "/" + units + " đơn vị (");
        List<Long> tasks = longs("SELECT id FROM meeting_task WHERE meeting_id = " + meeting + " ORDER BY position");
        assertThat(tasks).isNotEmpty();
        for (long task : tasks) {
            long assigned = count("SELECT count(*) FROM task_assignment WHERE task_id = " + task);
            long done = count("SELECT count(*) FROM task_assignment WHERE task_id = " + task + " AND status = 'DONE'");
            String body = text("SELECT body FROM meeting_task WHERE id = " + task);
            assertThat(text).contains(body).contains(done == assigned ? "100% các đơn vị đã hoàn thành"
                    : done == 0 ? "chưa có đơn vị nào báo cáo hoàn thành (" + assigned + " đơn vị được giao)"
                    : done + "/" + assigned + " đơn vị (");
        }
        if (!raising.isEmpty()) {
            // what the committee's units raised at the meeting is quoted as such
            assertThat(text).contains("nêu tại hội nghị giao ban");
        }
    }
}

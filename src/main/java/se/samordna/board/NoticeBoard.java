package se.samordna.board;

import se.samordna.shared.AssociationId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/**
 * The notice board (anslagstavla): adjusted minutes with the day they were posted and the last day to appeal, and the
 * coming meetings where the charter asks for them. A decision of a samordningsförbund may be appealed by a resident of a
 * member municipality or region under 28 § Lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser, which
 * applies the rules of laglighetsprövning in 13 kap. kommunallagen (2017:725): within three weeks of the day the adjusted
 * minutes were posted (13 kap. 5 §). A last day on a Saturday, Sunday or public holiday moves to the next working day
 * (lagen (1930:173) om beräkning av lagstadgad tid). The period is a setting, three weeks unless the association says
 * otherwise. Nothing about participants is ever on the board.
 */
@Service
public class NoticeBoard {

    public record Settings(int noticeDays, int appealDays, boolean publishMeetings) {
        static final Settings DEFAULT = new Settings(7, 21, true);
    }

    public record Posting(UUID meetingId, LocalDate meetingDate, LocalDate postedOn, LocalDate appealUntil) {
    }

    public record Coming(UUID meetingId, LocalDate date, String startsAt, String place) {
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    NoticeBoard(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public Settings settings(AssociationId associationId) {
        return jdbc.sql("select notice_days, appeal_days, publish_meetings from board_settings where association_id = :a")
                .param("a", associationId.value()).query((rs, n) -> new Settings(rs.getInt(1), rs.getInt(2), rs.getBoolean(3))).optional()
                .orElse(Settings.DEFAULT);
    }

    @Transactional
    public Settings change(AssociationId associationId, int noticeDays, int appealDays, boolean publishMeetings) {
        if (noticeDays < 0 || noticeDays > 60) {
            throw new InvalidInputException(Text.of("board.place.noticeDays"), Text.of("board.error.noticeDays"));
        }
        if (appealDays < 1 || appealDays > 90) {
            throw new InvalidInputException(Text.of("board.place.appealDays"), Text.of("board.error.appealDays"));
        }
        jdbc.sql("""
                insert into board_settings (association_id, notice_days, appeal_days, publish_meetings) values (:a, :n, :p, :m)
                on conflict (association_id) do update set notice_days = excluded.notice_days, appeal_days = excluded.appeal_days,
                publish_meetings = excluded.publish_meetings""")
                .param("a", associationId.value()).param("n", noticeDays).param("p", appealDays).param("m", publishMeetings).update();
        auditLog.record(associationId, "board", associationId, "settings", java.util.Map.of("noticeDays", noticeDays, "appealDays", appealDays,
                "publishMeetings", publishMeetings));
        return settings(associationId);
    }

    /** The adjusted minutes on the board, newest first. */
    public List<Posting> postings(AssociationId associationId) {
        Settings settings = settings(associationId);
        return jdbc.sql("""
                select m.id, m.date, a.posted_on from board_meeting m join board_minutes_archive a on a.meeting_id = m.id
                where m.association_id = :a and m.minutes_status = 'ADJUSTED' order by a.posted_on desc, m.date desc""")
                .param("a", associationId.value()).query((rs, n) -> {
                    LocalDate posted = rs.getObject(3, LocalDate.class);
                    return new Posting(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), posted, appealUntil(posted, settings.appealDays()));
                }).list();
    }

    /** Meetings from {@code today} on, when the association publishes them. */
    public List<Coming> coming(AssociationId associationId, LocalDate today) {
        if (!settings(associationId).publishMeetings()) {
            return List.of();
        }
        return jdbc.sql("select id, date, starts_at, place from board_meeting where association_id = :a and date >= :t order by date limit 50")
                .param("a", associationId.value()).param("t", today)
                .query((rs, n) -> new Coming(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4))).list();
    }

    /** The last day to appeal: {@code days} after posting, moved on past weekends and public holidays. */
    public static LocalDate appealUntil(LocalDate postedOn, int days) {
        LocalDate last = postedOn.plusDays(days);
        while (!workingDay(last)) {
            last = last.plusDays(1);
        }
        return last;
    }

    static boolean workingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return !holidays(day.getYear()).contains(day);
    }

    /** Sweden's public holidays on weekdays, with midsummer's eve and Christmas and New Year's eve treated as holidays by the law. */
    static Set<LocalDate> holidays(int year) {
        LocalDate easter = easter(year);
        LocalDate midsummerEve = LocalDate.of(year, 6, 19);
        while (midsummerEve.getDayOfWeek() != DayOfWeek.FRIDAY) {
            midsummerEve = midsummerEve.plusDays(1);
        }
        return Set.of(MonthDay.of(1, 1).atYear(year), MonthDay.of(1, 6).atYear(year), easter.minusDays(2), easter.plusDays(1),
                MonthDay.of(5, 1).atYear(year), easter.plusDays(39), MonthDay.of(6, 6).atYear(year), midsummerEve,
                MonthDay.of(12, 24).atYear(year), MonthDay.of(12, 25).atYear(year), MonthDay.of(12, 26).atYear(year),
                MonthDay.of(12, 31).atYear(year));
    }

    /** Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

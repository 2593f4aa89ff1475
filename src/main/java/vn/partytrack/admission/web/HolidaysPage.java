package vn.partytrack.admission.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.partytrack.admission.PublicHolidays;
import vn.partytrack.admission.PublicHolidays.Holiday;
import vn.partytrack.admission.PublicHolidays.HolidayForm;
import vn.partytrack.platform.Clocks;
import vn.partytrack.platform.InvalidInput;
import vn.partytrack.platform.web.FacesFeedback;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The public holidays the admission deadlines skip, a year at a time: everyone signed in reads them; Ban Tổ chức's
 * staff and administrators add a day, correct its names or whether it is an estimate, and remove it (the service
 * decides and audits).
 */
@Named
@ViewScoped
public class HolidaysPage implements Serializable {

    @Inject
    PublicHolidays holidays;

    @Inject
    Clock clock;

    private int thisYear;
    private int year;
    private List<Holiday> rows;
    private LocalDate day;
    private HolidayForm form = new HolidayForm();

    @PostConstruct
    void init() {
        thisYear = Clocks.today(clock).getYear();
        year = thisYear;
    }

    public List<Holiday> getRows() {
        if (rows == null) {
            rows = holidays.list(year);
        }
        return rows;
    }

    /** From two years back to next year: the deadlines that can still be open and those being planned. */
    public List<Integer> getYears() {
        return IntStream.rangeClosed(thisYear - 2, thisYear + 1).boxed().toList();
    }

    public void yearChanged() {
        rows = null;
    }

    public void edit(Holiday h) {
        day = h.day();
        form = new HolidayForm();
        form.setNameVi(h.nameVi());
        form.setNameEn(h.nameEn());
        form.setEstimate(h.estimate());
    }

    public void save() {
        try {
            Holiday saved = holidays.save(day == null ? null : day.toString(), form);
            FacesFeedback.info("form.saved");
            year = saved.day().getYear();
            rows = null;
            day = null;
            form = new HolidayForm();
        } catch (InvalidInput e) {
            FacesFeedback.show(e, "holiday");
        }
    }

    public void remove(Holiday h) {
        holidays.remove(h.day().toString());
        FacesFeedback.info("holiday.removed");
        rows = null;
    }

    public boolean isEditor() {
        return holidays.mayEdit();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public HolidayForm getForm() { return form; }
}

package io.switchboard.host.hours;

/**
 * A calendar as stored: its id, whether it is the desk's default, and the spec.
 *
 * @param spec name, zone, weekly intervals, holidays and the promised reply time
 */
public record StoredCalendar(long id, boolean isDefault, CalendarSpec spec) {

    public BusinessCalendar calendar() {
        return spec.toCalendar();
    }
}

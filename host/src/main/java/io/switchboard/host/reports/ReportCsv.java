package io.switchboard.host.reports;

import java.util.List;

/** A report as CSV: one line per series and period, then the totals; "no data" where there are none. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String of(Report report) {
        StringBuilder csv = new StringBuilder("report,series,period_start,count");
        report.figures().forEach(f -> csv.append(',').append(f));
        csv.append('\n');
        for (Report.Series s : report.series()) {
            for (Report.Point p : s.periods()) {
                line(csv, report, s.key(), p.start(), p);
            }
            line(csv, report, s.key(), "total", s.totals());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Report report, String series, String start, Report.Point p) {
        csv.append(quote(report.id())).append(',').append(quote(series)).append(',').append(start).append(',')
                .append(p.count());
        List<String> figures = report.figures();
        for (String f : figures) {
            csv.append(',');
            Double v = p.noData() ? null : p.figures().get(f);
            csv.append(v == null ? "no data" : String.valueOf(v));
        }
        csv.append('\n');
    }

    private static String quote(String value) {
        String v = value == null ? "" : value;
        // Cells starting with = + - @ would be formulas in a spreadsheet.
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}

package io.switchboard.host.reports;

import java.util.Map;
import java.util.TreeMap;

/** A report's cells being filled: per series key, one cell per period, and the series' totals. */
final class Cells {

    final Map<String, Cell[]> rows = new TreeMap<>();
    final Map<String, Cell> totals = new TreeMap<>();
    private final int periods;

    Cells(int periods) {
        this.periods = periods;
    }

    /** The series' cells by period (null until something falls in a period). */
    Cell[] row(String key) {
        return rows.computeIfAbsent(key, k -> new Cell[periods]);
    }

    Cell cell(String key, int period) {
        Cell[] row = row(key);
        if (row[period] == null) {
            row[period] = new Cell();
        }
        return row[period];
    }

    Cell total(String key) {
        return totals.computeIfAbsent(key, k -> new Cell());
    }
}

package io.switchboard.host.tags;

/**
 * One tag's count in a period against the previous period of equal length. {@code changePercent}
 * is null when the tag was not seen before. {@code flag} is {@code spike} or {@code drop} when
 * the change exceeds the threshold in either direction and the larger of the two counts reaches
 * the minimum (so 1 → 2 is not a spike); a tag that is new with at least the minimum is a spike.
 */
public record TagTrend(String tag, long count, long previousCount, Double changePercent, String flag) {

    public static TagTrend of(String tag, long count, long previousCount, double thresholdPercent, long minCount) {
        boolean significant = Math.max(count, previousCount) >= minCount;
        if (previousCount == 0) {
            return new TagTrend(tag, count, 0, null, significant && count > 0 ? "spike" : null);
        }
        double change = (count - previousCount) * 100.0 / previousCount;
        double rounded = Math.round(change * 10) / 10.0;
        String flag = !significant ? null : change > thresholdPercent ? "spike"
                : change < -thresholdPercent ? "drop" : null;
        return new TagTrend(tag, count, previousCount, rounded, flag);
    }
}

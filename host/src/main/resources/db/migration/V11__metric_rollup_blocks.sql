-- Metrics (issue 8): rollups are stored by block. A row holds the buckets of one block (a UTC
-- day of hour buckets, a local week of day buckets) encoded together (see RollupBlock), so a
-- backfill writes a row per block instead of one per bucket (an agent's hour held four
-- observations on average: about as many rows as observations), and a year's report by day
-- reads about 53 rows per cut value instead of 366.
DROP TABLE metric_rollups;
CREATE TABLE metric_rollups (
    metric_id  VARCHAR(64)  NOT NULL,
    level      SMALLINT     NOT NULL,
    dimension  VARCHAR(16)  NOT NULL,
    dim_value  VARCHAR(160) NOT NULL,
    block      BIGINT       NOT NULL, -- start of the block (epoch seconds): the UTC day, or the local Monday
    buckets    BYTEA        NOT NULL,
    CONSTRAINT metric_rollups_pk PRIMARY KEY (metric_id, level, dimension, dim_value, block)
);

-- Observations and rollups are derived from the event log: both are rebuilt by backfilling
-- every catalogued metric again (progress shows on the reports API as for a new metric).
DELETE FROM metric_observations;
UPDATE metric_catalog SET
    backfill_first = (SELECT MIN(id) FROM conversations),
    backfill_next = (SELECT MIN(id) FROM conversations),
    backfill_last = (SELECT MAX(id) FROM conversations),
    backfill_events = 0,
    backfill_started = CURRENT_TIMESTAMP,
    backfill_finished = NULL;

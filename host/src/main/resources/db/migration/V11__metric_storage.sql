-- Metrics (issue 8): rollups are stored by block, observations with narrower times.
--
-- A rollup row holds the buckets of one block (a UTC day of hour buckets, a local week of day
-- buckets) encoded together (see RollupBlock), so a backfill writes a row per block instead of
-- one per bucket (an agent's hour held four observations on average: about as many rows as
-- observations), and a year's report by day reads about 53 rows per cut value instead of 366.
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

-- Observation times are epoch microseconds (the event log's precision) in one BIGINT instead of
-- a timestamp plus its 15-minute start: a narrower row and index entry, written a million
-- times per backfill of a million conversations; range reads use (metric_id, at_us).
DROP TABLE metric_observations;
CREATE TABLE metric_observations (
    metric_id        VARCHAR(64)  NOT NULL,
    conversation_id  BIGINT       NOT NULL,
    obs_key          VARCHAR(200) NOT NULL,
    obs_value        DOUBLE PRECISION NOT NULL,
    at_us            BIGINT       NOT NULL,
    channel_type     VARCHAR(64)  NOT NULL,
    agent_id         VARCHAR(64),
    team_id          VARCHAR(64),
    CONSTRAINT metric_observations_pk PRIMARY KEY (metric_id, conversation_id, obs_key)
);
CREATE INDEX metric_observations_at ON metric_observations (metric_id, at_us);

-- Observations and rollups are derived from the event log: both are rebuilt by backfilling
-- every catalogued metric again (progress shows on the reports API as for a new metric).
UPDATE metric_catalog SET
    backfill_first = (SELECT MIN(id) FROM conversations),
    backfill_next = (SELECT MIN(id) FROM conversations),
    backfill_last = (SELECT MAX(id) FROM conversations),
    backfill_events = 0,
    backfill_started = CURRENT_TIMESTAMP,
    backfill_finished = NULL;

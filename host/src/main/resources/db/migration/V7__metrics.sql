-- Metrics (issue 8). Observations are kept per (metric, conversation, key) so a re-evaluation
-- can be diffed: a changed or vanished observation is replaced or retracted.
CREATE TABLE metric_observations (
    metric_id        VARCHAR(64)  NOT NULL,
    conversation_id  BIGINT       NOT NULL,
    obs_key          VARCHAR(200) NOT NULL,
    obs_value        DOUBLE PRECISION NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    quarter          BIGINT       NOT NULL, -- start of its 15-minute span, epoch seconds (for range reads)
    channel_type     VARCHAR(64)  NOT NULL,
    agent_id         VARCHAR(64),
    team_id          VARCHAR(64),
    CONSTRAINT metric_observations_pk PRIMARY KEY (metric_id, conversation_id, obs_key)
);
CREATE INDEX metric_observations_quarter ON metric_observations (metric_id, quarter);

-- Rollups per time bucket and cut: level 1 = hour buckets (read when every period boundary is
-- on a whole hour), level 2 and up the local days of a zone in metric_zones (bucket = the day's
-- start; 2 is UTC). dimension is all, channel, agent, team, or on day rows also channel-agent
-- (value 'channel/agent'); dim_value is '' for all and '-' for none. histogram holds the
-- log-linear bins (see LogHistogram), within_target the count at or under the metric's target.
-- Periods no rollup level serves (boundaries off the whole hour in a zone without day rows yet)
-- are read from metric_observations by its quarter index.
CREATE TABLE metric_rollups (
    metric_id      VARCHAR(64) NOT NULL,
    level          SMALLINT    NOT NULL,
    dimension      VARCHAR(16) NOT NULL,
    dim_value      VARCHAR(160) NOT NULL,
    bucket         BIGINT      NOT NULL,
    cnt            BIGINT      NOT NULL,
    total          DOUBLE PRECISION NOT NULL,
    min_value      DOUBLE PRECISION NOT NULL,
    max_value      DOUBLE PRECISION NOT NULL,
    within_target  BIGINT      NOT NULL,
    histogram      BYTEA       NOT NULL,
    CONSTRAINT metric_rollups_pk PRIMARY KEY (metric_id, level, dimension, dim_value, bucket)
);
-- The primary key serves both reads (reports: metric, level, cut, value, bucket range) and the
-- writer's loads; no other index, so backfills write fast.

-- Time zones whose local days have rollups of their own (reports by day/week/month in them
-- read one row per day). A zone asked for in a report is added not ready; the metrics worker
-- builds its rows from the observations and marks it ready.
CREATE TABLE metric_zones (
    level    SMALLINT    PRIMARY KEY,
    zone_id  VARCHAR(64) NOT NULL UNIQUE,
    ready    BOOLEAN     NOT NULL
);
INSERT INTO metric_zones (level, zone_id, ready) VALUES (2, 'UTC', TRUE);

-- Every metric ever seen: its definition (so reports outlive a disabled plugin) and the
-- backfill over the event log (conversations next_conversation..last_conversation).
CREATE TABLE metric_catalog (
    metric_id          VARCHAR(64) PRIMARY KEY,
    definition_json    VARCHAR     NOT NULL,
    backfill_first     BIGINT,
    backfill_next      BIGINT,
    backfill_last      BIGINT,
    backfill_events    BIGINT      NOT NULL DEFAULT 0,
    backfill_started   TIMESTAMP WITH TIME ZONE,
    backfill_finished  TIMESTAMP WITH TIME ZONE
);

-- The live evaluation's high-water mark in the event log.
CREATE TABLE metric_cursor (
    name  VARCHAR(32) PRIMARY KEY,
    seq   BIGINT      NOT NULL
);

-- Patron schema 3: RFM snapshots and segment transitions, saved segments, rule and
-- system tags. Segment and tier values are stable ASCII keys (core/rfm/rfmtypes.h);
-- their labels live in the RFM settings.

-- One row per RFM computation. "settings" is the whole RfmSettings used (JSON), so a
-- snapshot can always be explained. Per-customer values of old snapshots are pruned
-- (values_kept = 0); the snapshot row and its transitions stay for the history.
-- score_bounds (JSON {"r":[…4],"f":[…4],"m":[…4]}) holds, per score k = 2..5, the largest
-- F/M value (smallest R value) that scored below k: an incremental update scores one
-- customer against the snapshot's distribution without counting its rows.
-- A full pass writes its values in several short transactions with published = 0 and
-- values_kept = 0 (queries never see it), then publishes it in one; an unpublished
-- snapshot left behind by a crash is removed by a later pass.
CREATE TABLE rfm_snapshots (
    id {{PK}},
    as_of TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    scheme TEXT NOT NULL CHECK (scheme IN ('rfm8', 'rf-grid')),
    window_days INTEGER NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    customer_count BIGINT NOT NULL DEFAULT 0,
    scored_count BIGINT NOT NULL DEFAULT 0,
    mean_recency DOUBLE PRECISION,
    mean_frequency DOUBLE PRECISION,
    mean_monetary DOUBLE PRECISION,
    values_kept INTEGER NOT NULL DEFAULT 1,
    score_bounds TEXT NOT NULL DEFAULT '{}',
    published INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX rfm_snapshots_as_of_ix ON rfm_snapshots (as_of, id);

-- Every customer not in the trash has a row. Without a counted order in the window the
-- scores are NULL, frequency and monetary 0 and the segment is no_purchase or dormant.
-- monetary_cents is the measure the snapshot's settings chose (total or average).
CREATE TABLE rfm_values (
    snapshot_id BIGINT NOT NULL REFERENCES rfm_snapshots(id) ON DELETE CASCADE,
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    recency_days INTEGER,
    frequency INTEGER NOT NULL DEFAULT 0,
    monetary_cents BIGINT NOT NULL DEFAULT 0,
    r_score INTEGER,
    f_score INTEGER,
    m_score INTEGER,
    segment TEXT NOT NULL,
    tier TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (snapshot_id, customer_id)
);
CREATE INDEX rfm_values_segment_ix ON rfm_values (snapshot_id, segment);
CREATE INDEX rfm_values_tier_ix ON rfm_values (snapshot_id, tier);
CREATE INDEX rfm_values_customer_ix ON rfm_values (customer_id);

-- A customer's segment or tier changed between two snapshots (from_* NULL: the
-- customer's first snapshot, which counts as entering its segment). Feeds the customer
-- page history and SOP triggers.
CREATE TABLE rfm_transitions (
    id {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    snapshot_id BIGINT NOT NULL REFERENCES rfm_snapshots(id) ON DELETE CASCADE,
    as_of TEXT NOT NULL,
    from_segment TEXT,
    to_segment TEXT NOT NULL,
    from_tier TEXT,
    to_tier TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rfm_transitions_customer_ix ON rfm_transitions (customer_id, as_of);
CREATE INDEX rfm_transitions_snapshot_ix ON rfm_transitions (snapshot_id);
CREATE INDEX rfm_transitions_as_of_ix ON rfm_transitions (as_of, to_segment);

-- Saved segments (客户分群): a condition tree (core/segments/condition.h) as JSON.
CREATE TABLE segments (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- Tag kinds: manual tags are set by people; rule tags (动态标签) follow a condition tree
-- in "rule"; system tags follow the current RFM segment or tier. Customers carry rule
-- and system tags with customer_tags.origin = 'rule'.
ALTER TABLE tags ADD COLUMN kind TEXT NOT NULL DEFAULT 'manual' CHECK (kind IN ('manual', 'rule', 'system'));
ALTER TABLE tags ADD COLUMN rule TEXT;

-- Patron schema 2: import batches with pre-images (undo of an import), saved column
-- mappings, and the users created by an import.

CREATE TABLE import_batches (
    id {{PK}},
    kind TEXT NOT NULL CHECK (kind IN ('customers', 'orders', 'contacts', 'activities')),
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    rows_read BIGINT NOT NULL DEFAULT 0,
    created_count BIGINT NOT NULL DEFAULT 0,
    updated_count BIGINT NOT NULL DEFAULT 0,
    merged_count BIGINT NOT NULL DEFAULT 0,
    skipped_count BIGINT NOT NULL DEFAULT 0,
    rejected_count BIGINT NOT NULL DEFAULT 0,
    mapping TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'done' CHECK (status IN ('done', 'undone')),
    undone_at TEXT
);

-- One row per record a batch created or changed. For changes, "before" holds the
-- changed columns' previous values (JSON) and before_version the version they had;
-- after_version is the version the batch left, so a later edit is detected on undo.
CREATE TABLE import_changes (
    id {{PK}},
    batch_id BIGINT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    entity TEXT NOT NULL CHECK (entity IN ('customer', 'order', 'contact', 'activity', 'user')),
    row_id BIGINT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update')),
    customer_id BIGINT,
    before_values TEXT,
    before_version INTEGER,
    after_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX import_changes_batch_ix ON import_changes (batch_id);
CREATE INDEX import_changes_row_ix ON import_changes (entity, row_id);
CREATE INDEX import_changes_customer_ix ON import_changes (customer_id);

CREATE TABLE import_profiles (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('customers', 'orders', 'contacts', 'activities')),
    header_key TEXT NOT NULL,
    header TEXT NOT NULL,
    mapping TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX import_profiles_header_ix ON import_profiles (kind, header_key);

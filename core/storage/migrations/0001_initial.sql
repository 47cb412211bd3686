-- Patron schema 1.
-- Portable SQL for SQLite and PostgreSQL; {{PK}} is expanded by the dialect, and
-- "-- @sqlite" / "-- @postgres" / "-- @all" start backend-specific sections.
-- Timestamps are ISO 8601 text in local business time ("2026-03-05T14:30:00"), dates
-- "2026-03-05": they sort and compare correctly as text on both backends.
-- Money is integer cents (分).

-- @postgres
CREATE TABLE schema_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
-- @all

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id {{PK}},
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    manager_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customers (
    id {{PK}},
    kind TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),
    code TEXT,
    name TEXT NOT NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    owner_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    lifecycle_stage TEXT NOT NULL DEFAULT '' CHECK (lifecycle_stage IN
        ('', 'awareness', 'consideration', 'purchase', 'use', 'loyal', 'churned')),
    notes TEXT NOT NULL DEFAULT '',
    custom TEXT NOT NULL DEFAULT '{}',
    search_tokens TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- Not partial: it also serves ORDER BY code. UNIQUE allows many NULLs on both backends.
CREATE UNIQUE INDEX customers_code_uq ON customers (code);
-- Counting the visible customers scans this small index instead of the wide table.
CREATE INDEX customers_state_ix ON customers (archived, deleted_at);
CREATE INDEX customers_name_ix ON customers (name);
CREATE INDEX customers_kind_ix ON customers (kind);
CREATE INDEX customers_mobile_ix ON customers (mobile);
CREATE INDEX customers_email_ix ON customers (email);
CREATE INDEX customers_province_ix ON customers (province);
CREATE INDEX customers_city_ix ON customers (city);
CREATE INDEX customers_industry_ix ON customers (industry);
CREATE INDEX customers_source_ix ON customers (source);
CREATE INDEX customers_owner_ix ON customers (owner_id);
CREATE INDEX customers_stage_ix ON customers (lifecycle_stage);
CREATE INDEX customers_created_ix ON customers (created_at);
CREATE INDEX customers_updated_ix ON customers (updated_at);

-- @sqlite
CREATE VIRTUAL TABLE customer_fts USING fts5(
    search_tokens, content='customers', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
    INSERT INTO customer_fts (rowid, search_tokens) VALUES (new.id, new.search_tokens);
END;
CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, search_tokens) VALUES ('delete', old.id, old.search_tokens);
END;
CREATE TRIGGER customers_fts_au AFTER UPDATE OF search_tokens ON customers BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, search_tokens) VALUES ('delete', old.id, old.search_tokens);
    INSERT INTO customer_fts (rowid, search_tokens) VALUES (new.id, new.search_tokens);
END;
-- @postgres
CREATE INDEX customers_search_ix ON customers USING GIN (to_tsvector('simple', search_tokens));
-- @all

CREATE TABLE contacts (
    id {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    mobile TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    wechat TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contacts_customer_ix ON contacts (customer_id);

CREATE TABLE orders (
    id {{PK}},
    order_no TEXT,
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ordered_at TEXT NOT NULL,
    amount_cents BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'completed' CHECK (status IN
        ('pending', 'paid', 'completed', 'cancelled', 'refunded')),
    product TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL DEFAULT 1,
    notes TEXT NOT NULL DEFAULT '',
    custom TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX orders_no_uq ON orders (order_no);
CREATE INDEX orders_customer_ix ON orders (customer_id, ordered_at);
CREATE INDEX orders_date_ix ON orders (ordered_at);

CREATE TABLE activities (
    id {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    contact_id BIGINT REFERENCES contacts(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'email', 'note')),
    occurred_at TEXT NOT NULL,
    user_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX activities_customer_ix ON activities (customer_id, occurred_at);

CREATE TABLE tickets (
    id {{PK}},
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    assignee_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    opened_at TEXT NOT NULL,
    closed_at TEXT,
    custom TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_customer_ix ON tickets (customer_id, opened_at);

CREATE TABLE tasks (
    id {{PK}},
    customer_id BIGINT REFERENCES customers(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    due_at TEXT,
    remind_at TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    assignee_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
    completed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tasks_customer_ix ON tasks (customer_id);
CREATE INDEX tasks_due_ix ON tasks (status, due_at);
CREATE INDEX tasks_remind_ix ON tasks (remind_at);

CREATE TABLE tags (
    id {{PK}},
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE customer_tags (
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'rule', 'model')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag_id)
);
CREATE INDEX customer_tags_tag_ix ON customer_tags (tag_id, customer_id);

CREATE TABLE field_defs (
    id {{PK}},
    entity TEXT NOT NULL DEFAULT 'customer' CHECK (entity IN ('customer', 'order', 'ticket')),
    field_key TEXT NOT NULL,
    label TEXT NOT NULL,
    field_type TEXT NOT NULL CHECK (field_type IN
        ('text', 'number', 'money', 'date', 'choice', 'multichoice', 'phone', 'email', 'bool')),
    options TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (entity, field_key)
);

CREATE TABLE audit_log (
    id {{PK}},
    changed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    action TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity_ix ON audit_log (entity, entity_id);

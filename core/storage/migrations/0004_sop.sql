-- Patron schema 4: SOP rules and playbooks (core/sop), their journal and running
-- playbooks; tasks remember which rule or playbook step made them and whether their
-- reminder was shown.

-- A rule (trigger + conditions + actions) or a playbook (trigger + conditions + timed
-- steps + stop conditions). "definition" is the JSON of core/sop/soptypes.h.
-- template: the built-in template id it was added from ('high-value-care', …), '' for
-- one written by hand. Rules start disabled: a user enables them after a preview.
CREATE TABLE sop_rules (
    id {{PK}},
    kind TEXT NOT NULL CHECK (kind IN ('rule', 'playbook')),
    name TEXT NOT NULL,
    template TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- One playbook started for one customer by one occurrence of its trigger. Step delays
-- count from started_at (the as-of time of the run that started it). next_step is the
-- 1-based step still to fire; status 'done' after the last step, 'stopped' when a stop
-- condition held (stop_reason says which).
CREATE TABLE sop_playbook_runs (
    id {{PK}},
    rule_id BIGINT NOT NULL REFERENCES sop_rules(id) ON DELETE CASCADE,
    customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    occurrence TEXT NOT NULL,
    started_at TEXT NOT NULL,
    next_step INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'stopped')),
    ended_at TEXT,
    stop_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (rule_id, customer_id, occurrence)
);
CREATE INDEX sop_playbook_runs_status_ix ON sop_playbook_runs (status, rule_id);
CREATE INDEX sop_playbook_runs_customer_ix ON sop_playbook_runs (customer_id);

-- What fired, when, for whom, with what result. (rule, step, customer, occurrence) fires
-- once: the partial unique index makes a second 'ok' row impossible, while an 'error' row
-- (logged and skipped) lets a later run try again. step is 0 for a rule, the 1-based step
-- for a playbook. occurrence identifies the trigger occurrence ("t:<transition id>",
-- "d:2026-05-01", …); as_of is the run's as-of time, run_at the wall clock.
CREATE TABLE sop_journal (
    id {{PK}},
    rule_id BIGINT REFERENCES sop_rules(id) ON DELETE CASCADE,
    step INTEGER NOT NULL DEFAULT 0,
    customer_id BIGINT REFERENCES customers(id) ON DELETE CASCADE,
    occurrence TEXT NOT NULL,
    as_of TEXT NOT NULL,
    run_at TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('ok', 'error')),
    detail TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX sop_journal_once_uq ON sop_journal (rule_id, step, customer_id, occurrence) WHERE result = 'ok';
CREATE INDEX sop_journal_as_of_ix ON sop_journal (as_of, id);
CREATE INDEX sop_journal_customer_ix ON sop_journal (customer_id);

-- Tasks made by a rule or a playbook step (NULL for manual tasks); reminded_at is when the
-- reminder was shown and acknowledged (NULL: still to show once remind_at has passed;
-- snoozing moves remind_at and clears it).
ALTER TABLE tasks ADD COLUMN rule_id BIGINT REFERENCES sop_rules(id) ON DELETE SET NULL;
ALTER TABLE tasks ADD COLUMN playbook_run_id BIGINT REFERENCES sop_playbook_runs(id) ON DELETE SET NULL;
ALTER TABLE tasks ADD COLUMN step INTEGER;
ALTER TABLE tasks ADD COLUMN reminded_at TEXT;
CREATE INDEX tasks_assignee_ix ON tasks (assignee_id, status, due_at);
CREATE INDEX tasks_rule_ix ON tasks (rule_id);

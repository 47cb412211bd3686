-- Patron schema 5: indexes that let the SOP engine (core/sop) touch only the rows of a
-- run's look-back window instead of whole tables.

-- "Orders changed since the snapshot was computed" (SopEngine::rfmInputsChanged): one
-- probe instead of a pass over all orders.
CREATE INDEX orders_updated_ix ON orders (updated_at);

-- Trigger field_changed (customer updates of one field within the look-back) and deleted
-- orders or customers since a snapshot.
CREATE INDEX audit_log_change_ix ON audit_log (entity, action, field, changed_at);

-- Trigger date_approaching on created_at: the customers whose anniversary month and day
-- fall in the days that can be due, without reading every customer.
CREATE INDEX customers_created_md_ix ON customers (substr(created_at, 6, 5));

-- Trigger days_since_order from the as-of day's RFM snapshot: the customers whose last
-- counted order is N (… N + look-back − 1) days old, without reading the snapshot's other
-- rows or the orders (customer_id makes it covering).
CREATE INDEX rfm_values_recency_ix ON rfm_values (snapshot_id, recency_days, customer_id);

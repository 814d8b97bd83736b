-- Observations older than store.retention are compacted after each run (docs/adr/0028): this index finds
-- them, or finds that there are none, without reading the table.
CREATE INDEX IF NOT EXISTS observation_observed_ix ON observation (observed_at);

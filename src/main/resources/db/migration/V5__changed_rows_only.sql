-- A run writes only what changed (docs/adr/0014):
-- host.digest is a hash of the row as written, so a run tells an unchanged host without reading it back;
-- observation_head holds, per source and MAC, a hash of what the source last reported of it, so a run
-- stores a source's observations of a MAC only when they differ from that (or the MAC is back).

ALTER TABLE host ADD COLUMN IF NOT EXISTS digest BIGINT;

CREATE TABLE IF NOT EXISTS observation_head (
    source VARCHAR(200) NOT NULL,
    mac    CHAR(17) NOT NULL,
    digest BIGINT NOT NULL,
    CONSTRAINT observation_head_pk PRIMARY KEY (source, mac)
);

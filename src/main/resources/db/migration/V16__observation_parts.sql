-- A source's observations of one run are stored together (docs/adr/0040): sorted by MAC, as lines of JSON
-- in parts of at most 250, instead of a row each. H2 spent about 20 µs on each observation row and its
-- three indexes, most of a first run of 50,000 leases. V17 moves the observations and change records stored
-- before and drops the old tables.

CREATE TABLE IF NOT EXISTS observation_part (
    run_id       BIGINT NOT NULL,
    source       VARCHAR(200) NOT NULL,
    part_no      INTEGER NOT NULL,
    first_mac    CHAR(17) NOT NULL,
    last_mac     CHAR(17) NOT NULL,
    line_count   INTEGER NOT NULL,
    -- a later observation of a MAC in this part exists: retention looks at the part once it is old
    replaced     BOOLEAN DEFAULT FALSE NOT NULL,
    observations TEXT NOT NULL,
    CONSTRAINT observation_part_pk PRIMARY KEY (run_id, source, part_no),
    CONSTRAINT observation_part_run_fk FOREIGN KEY (run_id) REFERENCES discovery_run (id) ON DELETE CASCADE,
    CONSTRAINT observation_part_lines_ck CHECK (line_count > 0),
    CONSTRAINT observation_part_macs_ck CHECK (first_mac <= last_mac)
);

CREATE INDEX IF NOT EXISTS observation_part_mac_ix ON observation_part (last_mac);

-- Per source, each MAC's digest of what the source last reported and the run that stored it, packed in
-- 256 buckets by a hash of the MAC (ObservationHeads): read whole once per read of the source; a read
-- rewrites only the buckets of the MACs whose heads moved.
CREATE TABLE IF NOT EXISTS observation_heads (
    source VARCHAR(200) NOT NULL,
    bucket INTEGER NOT NULL,
    heads  BYTEA NOT NULL,
    CONSTRAINT observation_heads_pk PRIMARY KEY (source, bucket),
    CONSTRAINT observation_heads_bucket_ck CHECK (bucket >= 0 AND bucket < 256)
);

-- A run's change records, the same way: sorted by kind and MAC, JSON lines in parts of at most 250,
-- each part counting its kinds (a run's summary) and saying whether a line moves a host to another port
-- (the port alerts read those).
CREATE TABLE IF NOT EXISTS host_change_part (
    run_id        BIGINT NOT NULL,
    part_no       INTEGER NOT NULL,
    new_count     INTEGER NOT NULL,
    changed_count INTEGER NOT NULL,
    gone_count    INTEGER NOT NULL,
    port_moves    BOOLEAN NOT NULL,
    changes       TEXT NOT NULL,
    CONSTRAINT host_change_part_pk PRIMARY KEY (run_id, part_no),
    CONSTRAINT host_change_part_run_fk FOREIGN KEY (run_id) REFERENCES discovery_run (id) ON DELETE CASCADE,
    CONSTRAINT host_change_part_counts_ck CHECK (new_count >= 0 AND changed_count >= 0 AND gone_count >= 0
        AND new_count + changed_count + gone_count > 0)
);

-- Hosts keep every MAC, source and flag, and their provenance as JSON (details);
-- observations keep all their IPs and the group that ties a machine's NICs together;
-- each run records which hosts it found new, changed or gone.

ALTER TABLE observation ALTER COLUMN ip SET DATA TYPE VARCHAR(4000);
ALTER TABLE observation ADD COLUMN IF NOT EXISTS group_key VARCHAR(200);

ALTER TABLE host ADD COLUMN IF NOT EXISTS macs VARCHAR(4000);
ALTER TABLE host ADD COLUMN IF NOT EXISTS sources VARCHAR(4000);
ALTER TABLE host ADD COLUMN IF NOT EXISTS flags VARCHAR(200);
ALTER TABLE host ADD COLUMN IF NOT EXISTS details VARCHAR(1000000);

CREATE TABLE IF NOT EXISTS host_change (
    run_id   BIGINT NOT NULL,
    mac      CHAR(17) NOT NULL,
    kind     VARCHAR(16) NOT NULL,
    hostname VARCHAR(253),
    fields   VARCHAR(4000),
    CONSTRAINT host_change_pk PRIMARY KEY (run_id, mac),
    CONSTRAINT host_change_run_fk FOREIGN KEY (run_id) REFERENCES discovery_run (id) ON DELETE CASCADE,
    CONSTRAINT host_change_kind_ck CHECK (kind IN ('new', 'changed', 'gone'))
);

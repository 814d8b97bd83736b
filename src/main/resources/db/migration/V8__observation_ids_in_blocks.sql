-- A run stores up to hundreds of thousands of observations in one transaction. With H2's default
-- identity cache (32 values) every 32nd row writes the sequence's state, and with it a chunk of the
-- whole file; taking ids in blocks of 1,000 makes that a rare event. Unused ids of a block are
-- skipped after a crash (H2) or at the end of a session (PostgreSQL); ids only order rows.
ALTER TABLE observation ALTER COLUMN id SET CACHE 1000;

-- What each switch source last told of itself and its LLDP/CDP neighbours (docs/adr/0035): a push
-- matches the switch to a NetBox device and cables it to the switches it is linked to. One row a
-- source, replaced by each read that succeeds.
CREATE TABLE IF NOT EXISTS switch_report (
    source      VARCHAR(200) NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    report      VARCHAR(1000000) NOT NULL,
    CONSTRAINT switch_report_pk PRIMARY KEY (source)
);

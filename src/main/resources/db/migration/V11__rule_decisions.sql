-- A review made by one of the admin's review rules names the rule; NULL when a person decided.
ALTER TABLE review ADD COLUMN IF NOT EXISTS decided_by_rule VARCHAR(200);

-- The application's database role. PartyTrack connects as a login role that is a member of partytrack_app (the
-- embedded database creates partytrack_web; elsewhere a DBA grants partytrack_app to the login it chooses), while
-- Flyway migrates as the schema owner (db.owner.user). partytrack_app reads and writes the records but may only
-- append to the audit log: no UPDATE, DELETE or TRUNCATE there, by grant as well as by trigger. It cannot change the
-- schema or the migration history either.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'partytrack_app') THEN
        CREATE ROLE partytrack_app NOLOGIN;
    END IF;
END $$;

GRANT USAGE ON SCHEMA public TO partytrack_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO partytrack_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO partytrack_app;

REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM partytrack_app;
REVOKE ALL ON flyway_schema_history FROM partytrack_app;
GRANT SELECT ON flyway_schema_history TO partytrack_app;

-- tables and sequences that later migrations create (as the owner) get the same rights
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO partytrack_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO partytrack_app;

-- Read-only means read-only: close what PostgreSQL grants every role by default.
-- Before PostgreSQL 15 every role (PUBLIC) may CREATE in schema public, so an analyst's login
-- could add tables or functions next to newswatch's (and shadow them). Revoke that where we
-- may; PostgreSQL 15+ already ships this way, and the revoke is then a no-op.
DO $$
BEGIN
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'cannot revoke CREATE on schema public from PUBLIC: do it as its owner';
END
$$;

-- Tables created by migrations before this one are readable already (031); grant again so a
-- database whose earlier migrations ran under another user is covered too.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'newswatch_readonly') THEN
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO newswatch_readonly;
    END IF;
EXCEPTION
    WHEN insufficient_privilege THEN
        RAISE NOTICE 'cannot grant SELECT to newswatch_readonly: grant it by hand';
END
$$;

-- The scope a request runs in (its user, an API key's workspace, the key's role cap) travels
-- in settings of the transaction, which any statement of that transaction may change. With
-- only those, one SQL injection could name another user and row-level security would serve
-- that user's rows. So the scope is sealed: the server signs the three values (HMAC-SHA-256)
-- with a key that only it and the owner of this table know, and the functions that read the
-- user check the seal first. A scope changed by anyone else has a wrong seal and reads as no
-- user at all, which row-level security answers with no rows.

CREATE TABLE tenancy.scope_key (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    -- The key (32 bytes, for the server) and its HMAC pads (64 bytes each, for the check).
    key bytea NOT NULL CHECK (length(key) = 32),
    inner_pad bytea NOT NULL,
    outer_pad bytea NOT NULL
);
REVOKE ALL ON tenancy.scope_key FROM PUBLIC;

DO $$
DECLARE
    -- gen_random_uuid draws on the server's strong random source: 4 × 122 bits.
    k bytea := sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'));
    padded bytea := k || '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
    i_pad bytea := padded;
    o_pad bytea := padded;
BEGIN
    FOR i IN 0..63 LOOP
        i_pad := set_byte(i_pad, i, get_byte(padded, i) # 54);  -- 0x36
        o_pad := set_byte(o_pad, i, get_byte(padded, i) # 92);  -- 0x5c
    END LOOP;
    INSERT INTO tenancy.scope_key (key, inner_pad, outer_pad) VALUES (k, i_pad, o_pad);
END
$$;

-- Whether the transaction's scope carries the server's seal.
CREATE FUNCTION tenancy.scope_sealed() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(current_setting('app.scope_seal', true), '') = encode(
        sha256(k.outer_pad || sha256(k.inner_pad || convert_to(
            coalesce(current_setting('app.user_id', true), '') || '|' ||
            coalesce(current_setting('app.key_workspace_id', true), '') || '|' ||
            coalesce(current_setting('app.role_cap', true), ''), 'UTF8'))),
        'hex')
    FROM tenancy.scope_key k
$$;
REVOKE ALL ON FUNCTION tenancy.scope_sealed() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenancy.scope_sealed() TO mosaic_app, mosaic_worker, mosaic_api, mosaic_jobs;

-- The user a request runs for: only under the server's seal.
CREATE OR REPLACE FUNCTION tenancy.current_user_id() RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN tenancy.scope_sealed() THEN nullif(current_setting('app.user_id', true), '')::uuid END
$$;

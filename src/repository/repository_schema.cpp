// SPDX-License-Identifier: Apache-2.0
#include "repository_schema.h"

namespace lastmile::repository {

namespace {

// Version 1. Every table but the membership list carries the engagement's id, so row-level
// security needs only one rule; every editable row has a stable uuid and a revision (counter,
// who, when) that the trigger bumps on each change.
constexpr std::string_view kVersion1 = R"SQL(
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lastmile_consultant') THEN
        CREATE ROLE lastmile_consultant NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lastmile_reviewer') THEN
        CREATE ROLE lastmile_reviewer NOLOGIN;
    END IF;
END
$roles$;

CREATE FUNCTION lastmile.bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.rev := OLD.rev + 1;
        NEW.rev_by := current_user;
        NEW.rev_at := now();
    END IF;
    RETURN NEW;
END
$$;

CREATE TABLE lastmile.engagement (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    sector text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    created_by name NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    rev bigint NOT NULL DEFAULT 1 CHECK (rev > 0),
    rev_by name NOT NULL DEFAULT current_user,
    rev_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lastmile.engagement_member (
    engagement_id uuid NOT NULL REFERENCES lastmile.engagement (id) ON DELETE CASCADE,
    member name NOT NULL,
    added_by name NOT NULL DEFAULT current_user,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (engagement_id, member)
);
CREATE INDEX engagement_member_by_member ON lastmile.engagement_member (member);

CREATE TABLE lastmile.initiative (
    engagement_id uuid NOT NULL REFERENCES lastmile.engagement (id) ON DELETE CASCADE,
    id bigint NOT NULL CHECK (id > 0),
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    position integer NOT NULL,
    name text NOT NULL CHECK (length(trim(name)) > 0),
    business_function text NOT NULL DEFAULT '',
    owner text NOT NULL DEFAULT '',
    stage text NOT NULL CHECK (stage IN ('idea', 'pilot', 'scaling', 'production', 'rolled_back')),
    target_outcome text NOT NULL DEFAULT '',
    archived boolean NOT NULL DEFAULT false,
    rev bigint NOT NULL DEFAULT 1, rev_by name NOT NULL DEFAULT current_user, rev_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (engagement_id, id)
);

CREATE TABLE lastmile.round (
    engagement_id uuid NOT NULL REFERENCES lastmile.engagement (id) ON DELETE CASCADE,
    id bigint NOT NULL CHECK (id > 0),
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    position integer NOT NULL,
    name text NOT NULL CHECK (length(trim(name)) > 0),
    held_on text NOT NULL DEFAULT '' CHECK (held_on = '' OR held_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    bank_json text NOT NULL CHECK (length(bank_json) > 0),
    rev bigint NOT NULL DEFAULT 1, rev_by name NOT NULL DEFAULT current_user, rev_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (engagement_id, id),
    UNIQUE (engagement_id, name)
);

CREATE TABLE lastmile.respondent (
    engagement_id uuid NOT NULL,
    id bigint NOT NULL CHECK (id > 0),
    round_id bigint NOT NULL,
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(trim(name)) > 0),
    role text NOT NULL DEFAULT '',
    rev bigint NOT NULL DEFAULT 1, rev_by name NOT NULL DEFAULT current_user, rev_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (engagement_id, id),
    UNIQUE (engagement_id, round_id, name),
    UNIQUE (engagement_id, id, round_id),
    FOREIGN KEY (engagement_id, round_id) REFERENCES lastmile.round (engagement_id, id) ON DELETE CASCADE
);

CREATE TABLE lastmile.answer (
    engagement_id uuid NOT NULL,
    round_id bigint NOT NULL,
    initiative_id bigint NOT NULL,
    question_id text NOT NULL CHECK (length(question_id) BETWEEN 1 AND 64),
    respondent_id bigint NOT NULL,
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    kind text NOT NULL CHECK (kind IN ('level', 'dk', 'na')),
    level smallint CHECK ((kind = 'level' AND level BETWEEN 0 AND 4) OR (kind <> 'level' AND level IS NULL)),
    reason text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT '',
    evidence text NOT NULL DEFAULT '',
    rev bigint NOT NULL DEFAULT 1, rev_by name NOT NULL DEFAULT current_user, rev_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (engagement_id, round_id, initiative_id, question_id, respondent_id),
    FOREIGN KEY (engagement_id, initiative_id) REFERENCES lastmile.initiative (engagement_id, id) ON DELETE CASCADE,
    FOREIGN KEY (engagement_id, respondent_id, round_id)
        REFERENCES lastmile.respondent (engagement_id, id, round_id) ON DELETE CASCADE
);
CREATE INDEX answer_by_initiative ON lastmile.answer (engagement_id, initiative_id);
CREATE INDEX answer_by_respondent ON lastmile.answer (engagement_id, respondent_id, round_id);

CREATE TABLE lastmile.consensus (
    engagement_id uuid NOT NULL,
    round_id bigint NOT NULL,
    initiative_id bigint NOT NULL,
    question_id text NOT NULL CHECK (length(question_id) BETWEEN 1 AND 64),
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    kind text NOT NULL CHECK (kind IN ('level', 'dk', 'na')),
    level smallint CHECK ((kind = 'level' AND level BETWEEN 0 AND 4) OR (kind <> 'level' AND level IS NULL)),
    reason text NOT NULL DEFAULT '',
    note text NOT NULL DEFAULT '',
    rev bigint NOT NULL DEFAULT 1, rev_by name NOT NULL DEFAULT current_user, rev_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (engagement_id, round_id, initiative_id, question_id),
    FOREIGN KEY (engagement_id, round_id) REFERENCES lastmile.round (engagement_id, id) ON DELETE CASCADE,
    FOREIGN KEY (engagement_id, initiative_id) REFERENCES lastmile.initiative (engagement_id, id) ON DELETE CASCADE
);

CREATE TABLE lastmile.action (
    engagement_id uuid NOT NULL,
    id bigint NOT NULL CHECK (id > 0),
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    position integer NOT NULL,
    initiative_id bigint NOT NULL,
    friction_id text NOT NULL CHECK (friction_id IN ('pilot_proliferation', 'productivity_gap', 'process_debt',
        'tribal_knowledge', 'agentic_governance', 'architectural_complexity', 'efficiency_trap')),
    text text NOT NULL CHECK (length(trim(text)) > 0),
    owner text NOT NULL DEFAULT '',
    due text NOT NULL DEFAULT '' CHECK (due = '' OR due ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    status text NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
    note text NOT NULL DEFAULT '',
    recommendation_id text NOT NULL DEFAULT '',
    rev bigint NOT NULL DEFAULT 1, rev_by name NOT NULL DEFAULT current_user, rev_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (engagement_id, id),
    FOREIGN KEY (engagement_id, initiative_id) REFERENCES lastmile.initiative (engagement_id, id) ON DELETE CASCADE
);

CREATE TABLE lastmile.target (
    engagement_id uuid NOT NULL,
    initiative_id bigint NOT NULL,
    friction_id text NOT NULL CHECK (friction_id IN ('pilot_proliferation', 'productivity_gap', 'process_debt',
        'tribal_knowledge', 'agentic_governance', 'architectural_complexity', 'efficiency_trap')),
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    score double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
    rev bigint NOT NULL DEFAULT 1, rev_by name NOT NULL DEFAULT current_user, rev_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (engagement_id, initiative_id, friction_id),
    FOREIGN KEY (engagement_id, initiative_id) REFERENCES lastmile.initiative (engagement_id, id) ON DELETE CASCADE
);

CREATE TABLE lastmile.branding (
    engagement_id uuid PRIMARY KEY REFERENCES lastmile.engagement (id) ON DELETE CASCADE,
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    firm_name text NOT NULL DEFAULT '',
    accent_colour text NOT NULL DEFAULT '' CHECK (accent_colour = '' OR accent_colour ~ '^#[0-9A-Fa-f]{6}$'),
    footer text NOT NULL DEFAULT '',
    page_size text NOT NULL DEFAULT 'a4' CHECK (page_size IN ('a4', 'letter')),
    logo_mime text NOT NULL DEFAULT '' CHECK (logo_mime IN ('', 'image/png', 'image/jpeg', 'image/svg+xml')),
    logo bytea CHECK (logo IS NULL OR length(logo) <= 5242880),
    rev bigint NOT NULL DEFAULT 1, rev_by name NOT NULL DEFAULT current_user, rev_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lastmile.agenda (
    engagement_id uuid NOT NULL,
    round_id bigint NOT NULL,
    uuid uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(),
    position integer NOT NULL DEFAULT 0 CHECK (position >= 0),
    anonymous_reveal boolean NOT NULL DEFAULT false,
    rev bigint NOT NULL DEFAULT 1, rev_by name NOT NULL DEFAULT current_user, rev_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (engagement_id, round_id),
    FOREIGN KEY (engagement_id, round_id) REFERENCES lastmile.round (engagement_id, id) ON DELETE CASCADE
);

CREATE TABLE lastmile.agenda_item (
    engagement_id uuid NOT NULL,
    round_id bigint NOT NULL,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    initiative_id bigint NOT NULL,
    question_id text NOT NULL CHECK (length(question_id) BETWEEN 1 AND 64),
    time_box_seconds integer NOT NULL DEFAULT 0 CHECK (time_box_seconds BETWEEN 0 AND 3600),
    PRIMARY KEY (engagement_id, round_id, ordinal),
    UNIQUE (engagement_id, round_id, initiative_id, question_id),
    FOREIGN KEY (engagement_id, round_id) REFERENCES lastmile.agenda (engagement_id, round_id) ON DELETE CASCADE,
    FOREIGN KEY (engagement_id, initiative_id) REFERENCES lastmile.initiative (engagement_id, id) ON DELETE CASCADE
);

-- What a merge could not decide: both values, who made the repository's and when. Open until the
-- row is changed again (resolved_at).
CREATE TABLE lastmile.conflict (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    engagement_id uuid NOT NULL REFERENCES lastmile.engagement (id) ON DELETE CASCADE,
    tbl text NOT NULL,
    row_key text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('both_changed', 'both_added', 'deleted_here', 'deleted_there', 'parent_gone')),
    local_value jsonb,
    remote_value jsonb,
    kept text NOT NULL CHECK (kept IN ('local', 'remote', 'none')),
    local_by name NOT NULL DEFAULT current_user,
    remote_by name,
    remote_at timestamptz,
    detected_at timestamptz NOT NULL DEFAULT now(),
    resolved_by name,
    resolved_at timestamptz
);
CREATE UNIQUE INDEX conflict_once ON lastmile.conflict (engagement_id, tbl, row_key,
    md5(coalesce(local_value::text, '')), md5(coalesce(remote_value::text, ''))) WHERE resolved_at IS NULL;

DO $rls$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['engagement', 'initiative', 'round', 'respondent', 'answer', 'consensus', 'action',
                             'target', 'branding', 'agenda'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON lastmile.%I FOR EACH ROW '
                       'EXECUTE FUNCTION lastmile.bump_revision()', t || '_revision', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['initiative', 'round', 'respondent', 'answer', 'consensus', 'action', 'target',
                             'branding', 'agenda', 'agenda_item', 'conflict'] LOOP
        EXECUTE format('ALTER TABLE lastmile.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON lastmile.%I TO lastmile_consultant', t);
        EXECUTE format('GRANT SELECT ON lastmile.%I TO lastmile_reviewer', t);
        EXECUTE format('CREATE POLICY member_rows ON lastmile.%I TO lastmile_consultant '
                       'USING (engagement_id IN (SELECT m.engagement_id FROM lastmile.engagement_member m '
                       '                         WHERE m.member = current_user)) '
                       'WITH CHECK (engagement_id IN (SELECT m.engagement_id FROM lastmile.engagement_member m '
                       '                              WHERE m.member = current_user))', t);
        EXECUTE format('CREATE POLICY reviewer_reads ON lastmile.%I FOR SELECT TO lastmile_reviewer USING (true)', t);
    END LOOP;
END
$rls$;

ALTER TABLE lastmile.engagement ENABLE ROW LEVEL SECURITY;
GRANT SELECT, UPDATE, DELETE ON lastmile.engagement TO lastmile_consultant;
GRANT SELECT ON lastmile.engagement TO lastmile_reviewer;
CREATE POLICY member_rows ON lastmile.engagement TO lastmile_consultant
    USING (id IN (SELECT m.engagement_id FROM lastmile.engagement_member m WHERE m.member = current_user));
CREATE POLICY reviewer_reads ON lastmile.engagement FOR SELECT TO lastmile_reviewer USING (true);

ALTER TABLE lastmile.engagement_member ENABLE ROW LEVEL SECURITY;
GRANT SELECT ON lastmile.engagement_member TO lastmile_consultant, lastmile_reviewer;
CREATE POLICY own_membership ON lastmile.engagement_member FOR SELECT TO lastmile_consultant
    USING (member = current_user);
CREATE POLICY reviewer_reads ON lastmile.engagement_member FOR SELECT TO lastmile_reviewer USING (true);

GRANT SELECT ON lastmile.schema_version TO lastmile_consultant, lastmile_reviewer;
GRANT USAGE ON SCHEMA lastmile TO lastmile_consultant, lastmile_reviewer;

-- A consultant starts an engagement and becomes its first member. The function runs as the
-- repository's owner so the new engagement can be created before its membership exists; the
-- member is the login role (session_user).
CREATE FUNCTION lastmile.create_engagement(p_id uuid, p_name text, p_sector text, p_notes text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = lastmile, pg_temp AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'lastmile_consultant', 'MEMBER') THEN
        RAISE EXCEPTION 'only a consultant can add an engagement' USING ERRCODE = '42501';
    END IF;
    INSERT INTO lastmile.engagement (id, name, sector, notes, created_by, rev_by)
        VALUES (p_id, p_name, p_sector, p_notes, session_user, session_user);
    INSERT INTO lastmile.engagement_member (engagement_id, member, added_by)
        VALUES (p_id, session_user, session_user);
END
$$;
REVOKE ALL ON FUNCTION lastmile.create_engagement(uuid, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lastmile.create_engagement(uuid, text, text, text) TO lastmile_consultant;

-- A member of an engagement adds a colleague (a role that is a consultant) to it.
CREATE FUNCTION lastmile.add_member(p_engagement uuid, p_member name)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = lastmile, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM lastmile.engagement_member
                   WHERE engagement_id = p_engagement AND member = session_user) THEN
        RAISE EXCEPTION 'only a member of the engagement can add members' USING ERRCODE = '42501';
    END IF;
    IF NOT pg_has_role(p_member, 'lastmile_consultant', 'MEMBER') THEN
        RAISE EXCEPTION 'role % is not a consultant', p_member USING ERRCODE = '22023';
    END IF;
    INSERT INTO lastmile.engagement_member (engagement_id, member, added_by)
        VALUES (p_engagement, p_member, session_user) ON CONFLICT DO NOTHING;
END
$$;
REVOKE ALL ON FUNCTION lastmile.add_member(uuid, name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lastmile.add_member(uuid, name) TO lastmile_consultant;
)SQL";

} // namespace

std::span<const RepositoryMigration> repositoryMigrations()
{
    static const RepositoryMigration steps[] = {{0, kVersion1}};
    return steps;
}

} // namespace lastmile::repository

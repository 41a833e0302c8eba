// SPDX-License-Identifier: Apache-2.0
#include "schema.h"

namespace lastmile::storage {

namespace {

// Keep in step with docs/file-format.md. Every table is STRICT-like through CHECKs, since the
// file travels between machines and is read as untrusted input.
constexpr std::string_view kVersion1Sql = R"sql(
CREATE TABLE organization (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    sector TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE initiative (
    id INTEGER PRIMARY KEY CHECK (id > 0),
    position INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    business_function TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL CHECK (stage IN ('idea', 'pilot', 'scaling', 'production', 'rolled_back')),
    target_outcome TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
CREATE TABLE round (
    id INTEGER PRIMARY KEY CHECK (id > 0),
    position INTEGER NOT NULL,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    held_on TEXT NOT NULL DEFAULT '' CHECK (held_on = '' OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    bank_json TEXT NOT NULL CHECK (length(bank_json) > 0)
);
CREATE TABLE respondent (
    id INTEGER PRIMARY KEY CHECK (id > 0),
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL DEFAULT '',
    UNIQUE (round_id, name),
    UNIQUE (id, round_id)
);
CREATE TABLE answer (
    round_id INTEGER NOT NULL,
    initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL CHECK (length(question_id) BETWEEN 1 AND 64),
    respondent_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('level', 'dk', 'na')),
    level INTEGER CHECK ((kind = 'level' AND level BETWEEN 0 AND 4) OR (kind <> 'level' AND level IS NULL)),
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, initiative_id, question_id, respondent_id),
    FOREIGN KEY (respondent_id, round_id) REFERENCES respondent (id, round_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX answer_by_initiative ON answer (initiative_id);
CREATE INDEX answer_by_respondent ON answer (respondent_id, round_id);
CREATE TABLE consensus (
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL CHECK (length(question_id) BETWEEN 1 AND 64),
    kind TEXT NOT NULL CHECK (kind IN ('level', 'dk', 'na')),
    level INTEGER CHECK ((kind = 'level' AND level BETWEEN 0 AND 4) OR (kind <> 'level' AND level IS NULL)),
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, initiative_id, question_id)
) WITHOUT ROWID;
CREATE INDEX consensus_by_initiative ON consensus (initiative_id);
CREATE TABLE action (
    id INTEGER PRIMARY KEY CHECK (id > 0),
    position INTEGER NOT NULL,
    initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    friction_id TEXT NOT NULL CHECK (friction_id IN ('pilot_proliferation', 'productivity_gap', 'process_debt',
        'tribal_knowledge', 'agentic_governance', 'architectural_complexity', 'efficiency_trap')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '' CHECK (due = '' OR due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
    note TEXT NOT NULL DEFAULT '',
    recommendation_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX action_by_initiative ON action (initiative_id);
CREATE TABLE target (
    initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    friction_id TEXT NOT NULL CHECK (friction_id IN ('pilot_proliferation', 'productivity_gap', 'process_debt',
        'tribal_knowledge', 'agentic_governance', 'architectural_complexity', 'efficiency_trap')),
    score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    PRIMARY KEY (initiative_id, friction_id)
) WITHOUT ROWID;
CREATE TABLE branding (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    firm_name TEXT NOT NULL DEFAULT '',
    accent_colour TEXT NOT NULL DEFAULT ''
        CHECK (accent_colour = '' OR accent_colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    footer TEXT NOT NULL DEFAULT '',
    page_size TEXT NOT NULL DEFAULT 'a4' CHECK (page_size IN ('a4', 'letter')),
    logo_mime TEXT NOT NULL DEFAULT '' CHECK (logo_mime IN ('', 'image/png', 'image/jpeg', 'image/svg+xml')),
    logo BLOB CHECK (logo IS NULL OR length(logo) <= 5242880)
);
)sql";

// Added in schema version 2: the workshop agenda of a round (docs/workshop.md).
constexpr std::string_view kAgendaSql = R"sql(
CREATE TABLE agenda (
    round_id INTEGER PRIMARY KEY REFERENCES round (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    anonymous_reveal INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_reveal IN (0, 1))
);
CREATE TABLE agenda_item (
    round_id INTEGER NOT NULL REFERENCES agenda (round_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL CHECK (length(question_id) BETWEEN 1 AND 64),
    time_box_seconds INTEGER NOT NULL DEFAULT 0 CHECK (time_box_seconds BETWEEN 0 AND 3600),
    PRIMARY KEY (round_id, ordinal),
    UNIQUE (round_id, initiative_id, question_id)
) WITHOUT ROWID;
CREATE INDEX agenda_item_by_initiative ON agenda_item (initiative_id);
)sql";

// Added in schema version 3: the score of each initiative in each round, kept in step with the
// answers (score_summary.h). The triggers mark what an edit changed as stale in the edit's own
// transaction, whoever writes; Lastmile recomputes the stale scores before it commits. They
// test with NOT EXISTS rather than INSERT OR IGNORE: the conflict clause of the statement that
// fires a trigger (an upsert's) overrides the trigger's own.
constexpr std::string_view kInitiativeScoreSql = R"sql(
CREATE TABLE initiative_score (
    round_id INTEGER NOT NULL REFERENCES round (id) ON DELETE CASCADE,
    initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    readiness REAL CHECK (readiness IS NULL OR readiness BETWEEN 0 AND 100),
    coverage REAL NOT NULL CHECK (coverage BETWEEN 0 AND 1),
    PRIMARY KEY (round_id, initiative_id)
) WITHOUT ROWID;
CREATE INDEX initiative_score_by_initiative ON initiative_score (initiative_id);
)sql";
// friction_score as schema version 3 created it (version 5 rebuilds it with kFrictionScoreSql).
constexpr std::string_view kFrictionScoreV3Sql = R"sql(
CREATE TABLE friction_score (
    round_id INTEGER NOT NULL,
    initiative_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    friction_id TEXT NOT NULL CHECK (length(friction_id) BETWEEN 1 AND 64),
    score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    coverage REAL NOT NULL CHECK (coverage BETWEEN 0 AND 1),
    PRIMARY KEY (round_id, initiative_id, ordinal),
    FOREIGN KEY (round_id, initiative_id) REFERENCES initiative_score (round_id, initiative_id) ON DELETE CASCADE
) WITHOUT ROWID;
)sql";
constexpr std::string_view kScoreStaleSql = R"sql(
CREATE TABLE score_stale (
    round_id INTEGER NOT NULL,
    initiative_id INTEGER NOT NULL,
    PRIMARY KEY (round_id, initiative_id)
) WITHOUT ROWID;
CREATE TRIGGER answer_inserted AFTER INSERT ON answer BEGIN
    INSERT INTO score_stale SELECT NEW.round_id, NEW.initiative_id WHERE NOT EXISTS
        (SELECT 1 FROM score_stale WHERE round_id = NEW.round_id AND initiative_id = NEW.initiative_id);
END;
CREATE TRIGGER answer_updated AFTER UPDATE ON answer BEGIN
    INSERT INTO score_stale SELECT OLD.round_id, OLD.initiative_id WHERE NOT EXISTS
        (SELECT 1 FROM score_stale WHERE round_id = OLD.round_id AND initiative_id = OLD.initiative_id);
    INSERT INTO score_stale SELECT NEW.round_id, NEW.initiative_id WHERE NOT EXISTS
        (SELECT 1 FROM score_stale WHERE round_id = NEW.round_id AND initiative_id = NEW.initiative_id);
END;
CREATE TRIGGER answer_deleted AFTER DELETE ON answer BEGIN
    INSERT INTO score_stale SELECT OLD.round_id, OLD.initiative_id WHERE NOT EXISTS
        (SELECT 1 FROM score_stale WHERE round_id = OLD.round_id AND initiative_id = OLD.initiative_id);
END;
CREATE TRIGGER consensus_inserted AFTER INSERT ON consensus BEGIN
    INSERT INTO score_stale SELECT NEW.round_id, NEW.initiative_id WHERE NOT EXISTS
        (SELECT 1 FROM score_stale WHERE round_id = NEW.round_id AND initiative_id = NEW.initiative_id);
END;
CREATE TRIGGER consensus_updated AFTER UPDATE ON consensus BEGIN
    INSERT INTO score_stale SELECT OLD.round_id, OLD.initiative_id WHERE NOT EXISTS
        (SELECT 1 FROM score_stale WHERE round_id = OLD.round_id AND initiative_id = OLD.initiative_id);
    INSERT INTO score_stale SELECT NEW.round_id, NEW.initiative_id WHERE NOT EXISTS
        (SELECT 1 FROM score_stale WHERE round_id = NEW.round_id AND initiative_id = NEW.initiative_id);
END;
CREATE TRIGGER consensus_deleted AFTER DELETE ON consensus BEGIN
    INSERT INTO score_stale SELECT OLD.round_id, OLD.initiative_id WHERE NOT EXISTS
        (SELECT 1 FROM score_stale WHERE round_id = OLD.round_id AND initiative_id = OLD.initiative_id);
END;
CREATE TRIGGER round_bank_changed AFTER UPDATE OF bank_json ON round BEGIN
    INSERT INTO score_stale SELECT round_id, initiative_id FROM (SELECT round_id, initiative_id FROM answer
        WHERE round_id = NEW.id UNION SELECT round_id, initiative_id FROM consensus WHERE round_id = NEW.id) AS changed
        WHERE NOT EXISTS (SELECT 1 FROM score_stale AS stale WHERE stale.round_id = changed.round_id
            AND stale.initiative_id = changed.initiative_id);
END;
)sql";

// Added in schema version 4: the file as a working copy of an engagement in a team
// repository (docs/repository.md), with the repository's identity and revision of each row at
// the last sync, the base of the next merge.
constexpr std::string_view kWorkingCopySql = R"sql(
CREATE TABLE working_copy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    repository TEXT NOT NULL CHECK (length(repository) > 0),
    engagement TEXT NOT NULL CHECK (length(engagement) = 36),
    synced_at TEXT NOT NULL DEFAULT '',
    synced_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE working_copy_base (
    tbl TEXT NOT NULL CHECK (tbl IN ('engagement', 'initiative', 'round', 'respondent', 'answer', 'consensus',
                                     'action', 'target', 'branding', 'agenda')),
    row_key TEXT NOT NULL,
    digest TEXT NOT NULL CHECK (length(digest) = 16),
    uuid TEXT NOT NULL CHECK (length(uuid) = 36),
    revision INTEGER NOT NULL CHECK (revision > 0),
    revised_by TEXT NOT NULL DEFAULT '',
    revised_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tbl, row_key)
) WITHOUT ROWID;
)sql";

// Schema version 5: friction_score with the count of questions whose answers disagree
// (FrictionScore::disagreementCount under the default rules), so that the heatmap draws from
// the stored scores alone. The step from version 4 rebuilds the table and computes every score again.
constexpr std::string_view kFrictionScoreSql = R"sql(
CREATE TABLE friction_score (
    round_id INTEGER NOT NULL,
    initiative_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    friction_id TEXT NOT NULL CHECK (length(friction_id) BETWEEN 1 AND 64),
    score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    coverage REAL NOT NULL CHECK (coverage BETWEEN 0 AND 1),
    disagreements INTEGER NOT NULL CHECK (disagreements >= 0),
    PRIMARY KEY (round_id, initiative_id, ordinal),
    FOREIGN KEY (round_id, initiative_id) REFERENCES initiative_score (round_id, initiative_id) ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

} // namespace

std::string_view schemaSql(int version)
{
    static const std::string v2 = std::string(kVersion1Sql) + std::string(kAgendaSql);
    static const std::string v3 = v2 + std::string(scoreSummarySchemaSql());
    static const std::string v4 = v3 + std::string(kWorkingCopySql);
    static const std::string v5 = v2 + std::string(kInitiativeScoreSql) + std::string(kFrictionScoreSql) +
                                  std::string(kScoreStaleSql) + std::string(kWorkingCopySql);
    switch (version) {
    case 1:
        return kVersion1Sql;
    case 2:
        return v2;
    case 3:
        return v3;
    case 4:
        return v4;
    default:
        return v5;
    }
}

std::string_view workingCopySchemaSql()
{
    return kWorkingCopySql;
}

std::string_view agendaSchemaSql()
{
    return kAgendaSql;
}

std::string_view scoreSummarySchemaSql()
{
    static const std::string sql =
        std::string(kInitiativeScoreSql) + std::string(kFrictionScoreV3Sql) + std::string(kScoreStaleSql);
    return sql;
}

std::string_view storedDisagreementsSchemaSql()
{
    static const std::string sql =
        "DROP TABLE friction_score;\nDELETE FROM initiative_score;" + std::string(kFrictionScoreSql);
    return sql;
}

} // namespace lastmile::storage

-- Committees and officers by term (issue 21, part 1), and their protection as personal data (part 3).
--
-- officer_committee: the committee a congress elected for an organisation and a term, with its approved and elected
-- sizes, the dates the term runs and the approving decision. officer_post: one person holding one post (secretary,
-- deputy, standing-committee member, committee member, inspection-commission member) from one date to another, how
-- they came to it, how they left it, and the decisions. The registry columns organisation.secretary_name,
-- deputy_secretary_name and term_label stay as the current officers shown in lists; the officer component keeps them
-- in line with the posts, which are the record.

CREATE TABLE officer_committee (
    id              bigserial    PRIMARY KEY,
    organisation_id bigint       NOT NULL REFERENCES organisation,
    term_id         bigint       NOT NULL REFERENCES congress_term,
    congress_id     bigint       REFERENCES congress,
    approved_size   int          CHECK (approved_size >= 0),
    elected_size    int          CHECK (elected_size >= 0),
    starts_on       date         NOT NULL,
    ends_on         date         NOT NULL,
    decision_no     varchar(60),
    decision_on     date,
    decision_issuer varchar(200),
    sample          boolean      NOT NULL DEFAULT false,
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT officer_committee_one_per_term UNIQUE (organisation_id, term_id),
    CONSTRAINT officer_committee_dates_in_order CHECK (starts_on < ends_on),
    CONSTRAINT officer_committee_elected_within_approved CHECK (elected_size IS NULL OR approved_size IS NULL OR elected_size <= approved_size)
);
CREATE INDEX officer_committee_ends_idx ON officer_committee (ends_on);

CREATE TABLE officer_post (
    id                  bigserial    PRIMARY KEY,
    organisation_id     bigint       NOT NULL REFERENCES organisation,
    term_id             bigint       REFERENCES congress_term,
    kind                varchar(20)  NOT NULL CHECK (kind IN ('BI_THU', 'PHO_BI_THU', 'UY_VIEN_BTV', 'CAP_UY_VIEN', 'UY_VIEN_UBKT')),
    person_name         varchar(150) COLLATE "vi-x-icu" NOT NULL,
    held_from           date         NOT NULL,
    held_to             date,
    came_by             varchar(20)  NOT NULL CHECK (came_by IN ('ELECTED', 'APPOINTED', 'ADDED', 'MOVED', 'RECORDED')),
    decision_no         varchar(60),
    decision_on         date,
    decision_issuer     varchar(200),
    left_by             varchar(20)  CHECK (left_by IN ('TERM_ENDED', 'RESIGNED', 'DISCIPLINED', 'MOVED', 'REPLACED')),
    end_decision_no     varchar(60),
    end_decision_on     date,
    end_decision_issuer varchar(200),
    sample              boolean      NOT NULL DEFAULT false,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT officer_post_dates_in_order CHECK (held_to IS NULL OR held_to >= held_from),
    CONSTRAINT officer_post_left_when_ended CHECK ((held_to IS NULL) = (left_by IS NULL))
);
-- a unit officer history reads one organisation newest first
CREATE INDEX officer_post_history_idx ON officer_post (organisation_id, held_from DESC, id DESC);
-- a secretary or deputy is held by one person at a time: the service refuses overlaps, this refuses two open ones
CREATE UNIQUE INDEX officer_post_one_open_secretary ON officer_post (organisation_id) WHERE held_to IS NULL AND kind = 'BI_THU';
CREATE INDEX officer_post_open_idx ON officer_post (organisation_id, kind) WHERE held_to IS NULL;

-- The registry three fields become current posts, so nothing typed before is lost. A name that the unit congress of
-- the same term also holds came by election there (with its approval decision); any other was recorded in the
-- registry without a decision. A post starts when that congress was held, or when the unit was created.
INSERT INTO officer_post (organisation_id, term_id, kind, person_name, held_from, came_by, decision_no, decision_on,
                          decision_issuer, sample)
SELECT o.id, t.id, p.kind, p.person_name,
       COALESCE(c.held_from, (o.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date),
       CASE WHEN c.held_from IS NOT NULL AND (c.secretary_name = p.person_name OR c.deputy_names LIKE '%' || p.person_name || '%')
            THEN 'ELECTED' ELSE 'RECORDED' END,
       CASE WHEN c.held_from IS NOT NULL AND (c.secretary_name = p.person_name OR c.deputy_names LIKE '%' || p.person_name || '%')
            THEN c.approval_decision_no END,
       CASE WHEN c.held_from IS NOT NULL AND (c.secretary_name = p.person_name OR c.deputy_names LIKE '%' || p.person_name || '%')
            THEN c.approval_decision_on END,
       NULL, o.sample
FROM organisation o
CROSS JOIN LATERAL (VALUES ('BI_THU', btrim(o.secretary_name)), ('PHO_BI_THU', btrim(o.deputy_secretary_name))) AS p (kind, person_name)
LEFT JOIN congress_term t ON t.code = replace(o.term_label, '–', '-') OR t.name_vi = o.term_label
LEFT JOIN congress c ON c.organisation_id = o.id AND c.term_id = t.id
WHERE p.person_name IS NOT NULL AND p.person_name <> ''
ORDER BY o.id, p.kind;

-- The committee each congress elected, for the terms the congress module holds results of.
INSERT INTO officer_committee (organisation_id, term_id, congress_id, approved_size, elected_size, starts_on, ends_on,
                               decision_no, decision_on, sample)
SELECT c.organisation_id, c.term_id, c.id, c.committee_approved, LEAST(c.committee_elected, COALESCE(c.committee_approved, c.committee_elected)),
       c.held_from, (c.held_from + INTERVAL '5 years')::date, c.approval_decision_no, c.approval_decision_on, c.sample
FROM congress c
WHERE c.held_from IS NOT NULL;

DO $do$
BEGIN
    EXECUTE 'CREATE CONSTRAINT TRIGGER figures_changed AFTER INSERT OR UPDATE OR DELETE ON officer_post '
        'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed()';
    EXECUTE 'CREATE CONSTRAINT TRIGGER figures_changed AFTER INSERT OR UPDATE OR DELETE ON officer_committee '
        'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed()';
END
$do$;

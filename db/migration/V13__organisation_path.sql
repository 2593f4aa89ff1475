-- PartyTrack schema, part 7: scale. Every organisation carries its materialised path from the root ('/1/5/900/'), so
-- "every unit under this committee" (a district, a province, the whole country) is one indexed prefix match instead of
-- a recursive walk. A trigger keeps it right when a unit is added or moved, descendants included. The provincial
-- committee joins the hierarchy levels.

INSERT INTO organisation_type (code, name_vi, name_en, grassroots, has_subordinates, sort_order) VALUES
 ('TINH_UY', 'Tỉnh ủy, Thành ủy', 'Provincial Party committee', false, true, 5);

ALTER TABLE organisation ADD COLUMN path varchar(400);

WITH RECURSIVE tree (id, path) AS (
    SELECT id, '/' || id || '/' FROM organisation WHERE parent_id IS NULL
    UNION ALL
    SELECT o.id, t.path || o.id || '/' FROM organisation o JOIN tree t ON o.parent_id = t.id
)
UPDATE organisation o SET path = tree.path FROM tree WHERE tree.id = o.id;

ALTER TABLE organisation ALTER COLUMN path SET NOT NULL;
CREATE INDEX organisation_path_idx ON organisation (path text_pattern_ops);

CREATE FUNCTION organisation_path() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.parent_id IS NULL THEN
        NEW.path := '/' || NEW.id || '/';
    ELSE
        SELECT p.path || NEW.id || '/' INTO NEW.path FROM organisation p WHERE p.id = NEW.parent_id;
        IF NEW.path LIKE '%/' || NEW.id || '/%/' || NEW.id || '/' THEN
            RAISE EXCEPTION 'organisation % cannot be placed under its own subordinate', NEW.id;
        END IF;
    END IF;
    RETURN NEW;
END $fn$;
CREATE TRIGGER organisation_path BEFORE INSERT OR UPDATE OF parent_id ON organisation
    FOR EACH ROW EXECUTE FUNCTION organisation_path();

CREATE FUNCTION organisation_path_descendants() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.path <> OLD.path THEN
        UPDATE organisation SET path = NEW.path || substr(path, length(OLD.path) + 1)
        WHERE path LIKE OLD.path || '_%';
    END IF;
    RETURN NULL;
END $fn$;
CREATE TRIGGER organisation_path_descendants AFTER UPDATE OF parent_id ON organisation
    FOR EACH ROW EXECUTE FUNCTION organisation_path_descendants();

-- The rating tracker's rows are kept like the report tracker's (KeptFigures, V25): every change of a rating the
-- tracker shows (opened, saved, sent, returned, appraised, decided) and of a rule set's quota now moves the figures
-- stamp, not only a decision (V30). Ratings change a few times a year per unit: the stamp moves rarely for them.
DROP TRIGGER figures_changed ON rating;

CREATE CONSTRAINT TRIGGER figures_changed AFTER INSERT OR DELETE OR UPDATE
    ON rating DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();

CREATE CONSTRAINT TRIGGER figures_changed AFTER INSERT OR DELETE OR UPDATE
    ON rating_rule_set DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION figures_changed();

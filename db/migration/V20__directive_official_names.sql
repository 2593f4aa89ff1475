-- PartyTrack schema, part 11: what a document needs to be named officially in generated text ("Chỉ thị số 05-CT/TW
-- của Bộ Chính trị về …", "Nghị quyết Đại hội Đảng bộ quận Hai Bà Trưng lần thứ XXVI"), never by an internal code.
--  * numbered: whether directive.number is the document's official number (05-CT/TW) or only a code the catalogue
--    gives a document that has none (CD-2020 for an annual theme, NQ-ĐH-XXVI for a congress resolution).
--  * issuing_body: the body that issued it, as a sentence names it after "của" ("Bộ Chính trị", "Ban Chấp hành Trung
--    ương Đảng"); NULL when the title already says it (a congress resolution) or it is not known.
-- The official name is then: kind [số number] [của issuing body] title — a title that begins with "Về" joins as "về …";
-- a title that begins with the kind is the name itself; an annual theme is "Chuyên đề năm <year> “title”".

ALTER TABLE directive
    ADD COLUMN numbered     boolean      NOT NULL DEFAULT true,
    ADD COLUMN issuing_body varchar(200);

-- Existing documents: a number shaped like a Party document number ("05-CT/TW", "12-KH/ĐU") is official; anything
-- else is a catalogue code. The issuing body of the Centre's documents follows from their kind (a Politburo directive,
-- a Central Committee resolution); staff fill in the others in the catalogue.
UPDATE directive SET numbered = number ~ '^[0-9]+[A-Za-z]?-[[:alpha:]]+/[[:alnum:]]+';
UPDATE directive SET issuing_body = CASE
        WHEN issuer = 'TW' AND kind IN ('CHI_THI', 'KET_LUAN', 'QUY_DINH') THEN 'Bộ Chính trị'
        WHEN issuer = 'TW' AND kind = 'NGHI_QUYET' THEN 'Ban Chấp hành Trung ương Đảng'
        WHEN issuer = 'TW' AND kind = 'HUONG_DAN' THEN 'Ban Tổ chức Trung ương'
    END
WHERE numbered AND issuing_body IS NULL;

-- The indicator score rule, written once for every writer (a submit, paper entry, the demo, a
-- backfill after a new instrument version): per response and indicator the mean of the answered
-- statements, where at least half of the indicator's statements in the response's questionnaire
-- version are answered on the scale. "Vet inte" and unanswered statements count neither way.
-- A filter on response_id or questionnaire_version_id reaches inside the grouping, so scoring
-- one response reads only its own answers.
CREATE VIEW "response_score_rule" AS
SELECT a."response_id", r."round_id", r."questionnaire_version_id", qs."indicator",
	avg(a."value")::float8 AS "score"
FROM "answer" a
JOIN "response" r ON r."id" = a."response_id"
JOIN "questionnaire_statement" qs
	ON qs."questionnaire_version_id" = r."questionnaire_version_id"
	AND qs."statement_key" = a."statement_key"
WHERE a."value" IS NOT NULL
GROUP BY a."response_id", r."round_id", r."questionnaire_version_id", qs."indicator"
HAVING count(*) * 2 >= (
	SELECT count(*) FROM "questionnaire_statement" s
	WHERE s."questionnaire_version_id" = r."questionnaire_version_id" AND s."indicator" = qs."indicator"
);
--> statement-breakpoint
-- A response with its answers and scores, exactly once per submission id: true when stored now,
-- false when that submission id was stored before. A function so that one short call is all a
-- submit sends: its statements are planned once per connection by PL/pgSQL (also on PGlite,
-- which has no prepared statements of its own), and a single call is its own transaction, all
-- stored or nothing. The trigger of migration 0010 refuses a locked year.
CREATE FUNCTION "store_response"(
	p_round integer, p_version integer, p_submission uuid, p_language text, p_source text,
	p_submitted_on date, p_background jsonb, p_answers jsonb
) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
	v_id uuid;
BEGIN
	INSERT INTO "response" ("round_id", "questionnaire_version_id", "submission_id", "language",
		"source", "submitted_on", "background")
	VALUES (p_round, p_version, p_submission, p_language, p_source, p_submitted_on, p_background)
	ON CONFLICT ("submission_id") DO NOTHING
	RETURNING "id" INTO v_id;
	IF v_id IS NULL THEN
		RETURN false;
	END IF;
	INSERT INTO "answer" ("response_id", "statement_key", "value", "dont_know")
	SELECT v_id, g.statement_key, g.value, g.dont_know
	FROM jsonb_to_recordset(p_answers) AS g(statement_key text, value smallint, dont_know boolean);
	INSERT INTO "response_score" ("response_id", "round_id", "indicator", "score")
	SELECT "response_id", "round_id", "indicator", "score" FROM "response_score_rule"
	WHERE "response_id" = v_id;
	RETURN true;
END;
$$;

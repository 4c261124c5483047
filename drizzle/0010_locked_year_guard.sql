-- Nothing is stored into a locked year, whatever path an answer takes: checked by the database
-- on every response row, so that a submit is one statement (its own transaction) instead of a
-- share lock, a check and the inserts in an explicit transaction.
--
-- The key-share lock on the round waits for a lockYear in progress (it holds the year's rounds
-- FOR UPDATE) and holds off one that starts later until this response is committed. The check
-- after it runs in a snapshot of its own (PL/pgSQL takes a new one per statement in READ
-- COMMITTED), so it sees a lock committed while this insert waited. The foreign key takes the
-- same key-share lock on the round anyway, so concurrent submits do not block each other.
CREATE FUNCTION "response_outside_locked_year"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM 1 FROM "round" WHERE "id" = NEW."round_id" FOR KEY SHARE;
	IF EXISTS (
		SELECT 1 FROM "locked_year" l JOIN "round" r ON r."year" = l."year"
		WHERE r."id" = NEW."round_id"
	) THEN
		RAISE EXCEPTION 'The year of this round is locked' USING ERRCODE = 'NL001';
	END IF;
	RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "response_outside_locked_year" BEFORE INSERT ON "response"
	FOR EACH ROW EXECUTE FUNCTION "response_outside_locked_year"();

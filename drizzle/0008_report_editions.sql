CREATE TABLE "report_draft" (
	"year" integer PRIMARY KEY NOT NULL,
	"foreword" text DEFAULT '' NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_draft_year" CHECK ("report_draft"."year" between 2017 and 2100)
);
--> statement-breakpoint
CREATE TABLE "report_edition" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"edition" integer NOT NULL,
	"published_on" date NOT NULL,
	"note" text,
	"content" text NOT NULL,
	"content_hash" text NOT NULL,
	"files" jsonb NOT NULL,
	"cells" jsonb NOT NULL,
	CONSTRAINT "report_edition_year_edition" UNIQUE("year","edition"),
	CONSTRAINT "report_edition_year" CHECK ("report_edition"."year" between 2017 and 2100),
	CONSTRAINT "report_edition_note" CHECK (("report_edition"."edition" = 1 and "report_edition"."note" is null) or ("report_edition"."edition" > 1 and "report_edition"."note" is not null))
);
--> statement-breakpoint
-- A published edition never changes: refuse update and delete at the database, whoever asks.
CREATE FUNCTION "report_edition_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'A published report edition cannot be changed or deleted';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "report_edition_immutable" BEFORE UPDATE OR DELETE ON "report_edition"
	FOR EACH ROW EXECUTE FUNCTION "report_edition_immutable"();

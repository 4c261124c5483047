CREATE TABLE "locked_year" (
	"year" integer PRIMARY KEY NOT NULL,
	"locked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locked_year_valid" CHECK ("locked_year"."year" between 2017 and 2100)
);

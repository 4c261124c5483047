CREATE TABLE "round" (
	"id" serial PRIMARY KEY NOT NULL,
	"forbund_id" integer NOT NULL,
	"year" integer NOT NULL,
	"questionnaire_version_id" integer NOT NULL,
	"insats_id" integer,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"languages" text[] NOT NULL,
	"token" text NOT NULL,
	"code" text NOT NULL,
	"expected_respondents" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_dates_valid" CHECK ("round"."closes_on" >= "round"."opens_on"),
	CONSTRAINT "round_languages_present" CHECK (cardinality("round"."languages") > 0),
	CONSTRAINT "round_expected_positive" CHECK ("round"."expected_respondents" is null or "round"."expected_respondents" > 0)
);
--> statement-breakpoint
CREATE TABLE "answer" (
	"response_id" integer NOT NULL,
	"statement_key" text NOT NULL,
	"value" smallint,
	"dont_know" boolean DEFAULT false NOT NULL,
	CONSTRAINT "answer_response_id_statement_key_pk" PRIMARY KEY("response_id","statement_key"),
	CONSTRAINT "answer_value_or_dont_know" CHECK (("answer"."dont_know" and "answer"."value" is null) or (not "answer"."dont_know" and "answer"."value" is not null))
);
--> statement-breakpoint
ALTER TABLE "response" ADD COLUMN "round_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "response" ADD COLUMN "submission_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "response" ADD COLUMN "background" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "round" ADD CONSTRAINT "round_forbund_id_forbund_id_fk" FOREIGN KEY ("forbund_id") REFERENCES "public"."forbund"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round" ADD CONSTRAINT "round_questionnaire_version_id_questionnaire_version_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round" ADD CONSTRAINT "round_insats_id_insats_id_fk" FOREIGN KEY ("insats_id") REFERENCES "public"."insats"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_response_id_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "round_token_unique" ON "round" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "round_code_unique" ON "round" USING btree ("code");--> statement-breakpoint
CREATE INDEX "round_forbund_year_idx" ON "round" USING btree ("forbund_id","year");--> statement-breakpoint
ALTER TABLE "response" ADD CONSTRAINT "response_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "response_submission_unique" ON "response" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "response_round_idx" ON "response" USING btree ("round_id");
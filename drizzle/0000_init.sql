CREATE TABLE "app_user" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"is_nns_admin" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"forbund_id" integer,
	"action" text NOT NULL,
	"summary" text NOT NULL,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "membership" (
	"user_id" integer NOT NULL,
	"forbund_id" integer NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "membership_user_id_forbund_id_pk" PRIMARY KEY("user_id","forbund_id"),
	CONSTRAINT "membership_role_valid" CHECK ("membership"."role" in ('admin', 'reader'))
);
--> statement-breakpoint
CREATE TABLE "platform_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"disclosure_outside" integer DEFAULT 5 NOT NULL,
	"disclosure_inside" integer DEFAULT 3 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_settings_single_row" CHECK ("platform_settings"."id" = 1),
	CONSTRAINT "platform_settings_thresholds_valid" CHECK ("platform_settings"."disclosure_inside" >= 1 and "platform_settings"."disclosure_outside" >= "platform_settings"."disclosure_inside")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_token" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"user_id" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_token_kind_valid" CHECK ("user_token"."kind" in ('invitation', 'reset'))
);
--> statement-breakpoint
CREATE TABLE "forbund" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"lan" text NOT NULL,
	"omrade" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"contact_email" text,
	"website" text,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forbund_omrade_valid" CHECK ("forbund"."omrade" in ('nord', 'syd', 'öst', 'väst'))
);
--> statement-breakpoint
CREATE TABLE "forbund_year" (
	"forbund_id" integer NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "forbund_year_forbund_id_year_pk" PRIMARY KEY("forbund_id","year"),
	CONSTRAINT "forbund_year_valid" CHECK ("forbund_year"."year" between 2017 and 2100)
);
--> statement-breakpoint
CREATE TABLE "insats" (
	"id" serial PRIMARY KEY NOT NULL,
	"forbund_id" integer NOT NULL,
	"name" text NOT NULL,
	"typ" text NOT NULL,
	"parter" text[] NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insats_typ_valid" CHECK ("insats"."typ" in ('individ', 'struktur')),
	CONSTRAINT "insats_years_valid" CHECK ("insats"."end_year" is null or "insats"."end_year" >= "insats"."start_year")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"questionnaire_key" text NOT NULL,
	"version" text NOT NULL,
	"content_hash" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "response" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"questionnaire_version_id" integer NOT NULL,
	"submission_id" uuid NOT NULL,
	"language" text NOT NULL,
	"source" text NOT NULL,
	"submitted_on" date NOT NULL,
	"background" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "response_source_valid" CHECK ("response"."source" in ('web', 'paper'))
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_forbund_id_forbund_id_fk" FOREIGN KEY ("forbund_id") REFERENCES "public"."forbund"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_forbund_id_forbund_id_fk" FOREIGN KEY ("forbund_id") REFERENCES "public"."forbund"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_token" ADD CONSTRAINT "user_token_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forbund_year" ADD CONSTRAINT "forbund_year_forbund_id_forbund_id_fk" FOREIGN KEY ("forbund_id") REFERENCES "public"."forbund"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insats" ADD CONSTRAINT "insats_forbund_id_forbund_id_fk" FOREIGN KEY ("forbund_id") REFERENCES "public"."forbund"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round" ADD CONSTRAINT "round_forbund_id_forbund_id_fk" FOREIGN KEY ("forbund_id") REFERENCES "public"."forbund"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round" ADD CONSTRAINT "round_questionnaire_version_id_questionnaire_version_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round" ADD CONSTRAINT "round_insats_id_insats_id_fk" FOREIGN KEY ("insats_id") REFERENCES "public"."insats"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_response_id_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response" ADD CONSTRAINT "response_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response" ADD CONSTRAINT "response_questionnaire_version_id_questionnaire_version_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_email_unique" ON "app_user" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "audit_log_forbund_idx" ON "audit_log" USING btree ("forbund_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "membership_forbund_idx" ON "membership" USING btree ("forbund_id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_token_user_idx" ON "user_token" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "forbund_name_unique" ON "forbund" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "insats_forbund_idx" ON "insats" USING btree ("forbund_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insats_forbund_name_unique" ON "insats" USING btree ("forbund_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_version_key_version_unique" ON "questionnaire_version" USING btree ("questionnaire_key","version");--> statement-breakpoint
CREATE UNIQUE INDEX "round_token_unique" ON "round" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "round_code_unique" ON "round" USING btree ("code");--> statement-breakpoint
CREATE INDEX "round_forbund_year_idx" ON "round" USING btree ("forbund_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "response_submission_unique" ON "response" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "response_round_idx" ON "response" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "response_questionnaire_version_idx" ON "response" USING btree ("questionnaire_version_id");
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
CREATE TABLE "response" (
	"id" serial PRIMARY KEY NOT NULL,
	"questionnaire_version_id" integer NOT NULL,
	"language" text NOT NULL,
	"source" text NOT NULL,
	"submitted_on" date NOT NULL,
	CONSTRAINT "response_source_valid" CHECK ("response"."source" in ('web', 'paper'))
);
--> statement-breakpoint
ALTER TABLE "response" ADD CONSTRAINT "response_questionnaire_version_id_questionnaire_version_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_version_key_version_unique" ON "questionnaire_version" USING btree ("questionnaire_key","version");--> statement-breakpoint
CREATE INDEX "response_questionnaire_version_idx" ON "response" USING btree ("questionnaire_version_id");
CREATE TABLE "questionnaire_statement" (
	"questionnaire_version_id" integer NOT NULL,
	"statement_key" text NOT NULL,
	"position" smallint NOT NULL,
	"indicator" text NOT NULL,
	"scale_min" smallint NOT NULL,
	"scale_max" smallint NOT NULL,
	"positive_from" smallint NOT NULL,
	CONSTRAINT "questionnaire_statement_questionnaire_version_id_statement_key_pk" PRIMARY KEY("questionnaire_version_id","statement_key")
);
--> statement-breakpoint
ALTER TABLE "questionnaire_statement" ADD CONSTRAINT "questionnaire_statement_questionnaire_version_id_questionnaire_version_id_fk" FOREIGN KEY ("questionnaire_version_id") REFERENCES "public"."questionnaire_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questionnaire_statement_indicator_idx" ON "questionnaire_statement" USING btree ("questionnaire_version_id","indicator");
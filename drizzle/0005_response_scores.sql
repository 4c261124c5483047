CREATE TABLE "response_score" (
	"response_id" uuid NOT NULL,
	"round_id" integer NOT NULL,
	"indicator" text NOT NULL,
	"score" double precision NOT NULL,
	CONSTRAINT "response_score_response_id_indicator_pk" PRIMARY KEY("response_id","indicator")
);
--> statement-breakpoint
ALTER TABLE "response_score" ADD CONSTRAINT "response_score_response_id_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."response"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_score" ADD CONSTRAINT "response_score_round_id_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."round"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "response_score_round_idx" ON "response_score" USING btree ("round_id");--> statement-breakpoint
INSERT INTO "response_score" ("response_id", "round_id", "indicator", "score")
SELECT a.response_id, resp.round_id, qs.indicator, avg(a.value)::float8
FROM "answer" a
JOIN "response" resp ON resp.id = a.response_id
JOIN "questionnaire_statement" qs ON qs.questionnaire_version_id = resp.questionnaire_version_id AND qs.statement_key = a.statement_key
WHERE a.value IS NOT NULL
GROUP BY a.response_id, resp.round_id, resp.questionnaire_version_id, qs.indicator
HAVING count(*) * 2 >= (SELECT count(*) FROM "questionnaire_statement" s WHERE s.questionnaire_version_id = resp.questionnaire_version_id AND s.indicator = qs.indicator)
ON CONFLICT DO NOTHING;

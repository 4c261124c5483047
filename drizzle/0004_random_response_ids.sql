-- Random response ids: a serial tells the order of submissions. Existing answers keep their
-- responses; the old numbers and their sequence go.
ALTER TABLE "answer" DROP CONSTRAINT "answer_response_id_response_id_fk";--> statement-breakpoint
ALTER TABLE "answer" DROP CONSTRAINT "answer_response_id_statement_key_pk";--> statement-breakpoint
ALTER TABLE "response" ADD COLUMN "new_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "answer" ADD COLUMN "new_response_id" uuid;--> statement-breakpoint
UPDATE "answer" SET "new_response_id" = "response"."new_id" FROM "response" WHERE "response"."id" = "answer"."response_id";--> statement-breakpoint
ALTER TABLE "answer" DROP COLUMN "response_id";--> statement-breakpoint
ALTER TABLE "answer" RENAME COLUMN "new_response_id" TO "response_id";--> statement-breakpoint
ALTER TABLE "answer" ALTER COLUMN "response_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "response" DROP CONSTRAINT "response_pkey";--> statement-breakpoint
ALTER TABLE "response" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "response" RENAME COLUMN "new_id" TO "id";--> statement-breakpoint
ALTER TABLE "response" ADD PRIMARY KEY ("id");--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_response_id_statement_key_pk" PRIMARY KEY("response_id","statement_key");--> statement-breakpoint
ALTER TABLE "answer" ADD CONSTRAINT "answer_response_id_response_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."response"("id") ON DELETE cascade ON UPDATE no action;

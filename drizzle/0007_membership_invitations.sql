ALTER TABLE "user_token" DROP CONSTRAINT "user_token_kind_valid";--> statement-breakpoint
ALTER TABLE "user_token" ADD COLUMN "forbund_id" integer;--> statement-breakpoint
ALTER TABLE "user_token" ADD COLUMN "role" text;--> statement-breakpoint
ALTER TABLE "user_token" ADD CONSTRAINT "user_token_forbund_id_forbund_id_fk" FOREIGN KEY ("forbund_id") REFERENCES "public"."forbund"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_token" ADD CONSTRAINT "user_token_membership_complete" CHECK (("user_token"."kind" = 'membership') = ("user_token"."forbund_id" is not null and "user_token"."role" is not null));--> statement-breakpoint
ALTER TABLE "user_token" ADD CONSTRAINT "user_token_kind_valid" CHECK ("user_token"."kind" in ('invitation', 'reset', 'membership'));
CREATE TABLE "forbund" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"lan" text NOT NULL,
	"omrade" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forbund_omrade_valid" CHECK ("forbund"."omrade" in ('nord', 'syd', 'öst', 'väst'))
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
ALTER TABLE "insats" ADD CONSTRAINT "insats_forbund_id_forbund_id_fk" FOREIGN KEY ("forbund_id") REFERENCES "public"."forbund"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "forbund_name_unique" ON "forbund" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "insats_forbund_idx" ON "insats" USING btree ("forbund_id");--> statement-breakpoint
CREATE UNIQUE INDEX "insats_forbund_name_unique" ON "insats" USING btree ("forbund_id",lower("name"));
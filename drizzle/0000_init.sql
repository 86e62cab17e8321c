CREATE TABLE `agents` (
	`org_id` integer NOT NULL,
	`agent_key` text NOT NULL,
	`service` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agents_org_key` ON `agents` (`org_id`,`agent_key`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer,
	`user_id` integer,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`details` text DEFAULT '{}' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_org` ON `audit_log` (`org_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`import_id` integer,
	`row_key` text NOT NULL,
	`source_line` integer,
	`year` integer,
	`account` text NOT NULL,
	`account_label` text,
	`section` text,
	`amount_cents` integer NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_lines_org_key` ON `budget_lines` (`org_id`,`row_key`);--> statement-breakpoint
CREATE TABLE `column_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`signature` text NOT NULL,
	`mapping` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `column_mappings_org_sig` ON `column_mappings` (`org_id`,`signature`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`byte_size` integer NOT NULL,
	`format` text NOT NULL,
	`encoding` text NOT NULL,
	`delimiter` text NOT NULL,
	`header_line` integer NOT NULL,
	`row_count` integer NOT NULL,
	`new_count` integer DEFAULT 0 NOT NULL,
	`updated_count` integer DEFAULT 0 NOT NULL,
	`unchanged_count` integer DEFAULT 0 NOT NULL,
	`skipped_count` integer DEFAULT 0 NOT NULL,
	`log` text DEFAULT '{}' NOT NULL,
	`status` text DEFAULT 'imported' NOT NULL,
	`period_from` text,
	`period_to` text,
	`imported_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`undone_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `imports_org_sha` ON `imports` (`org_id`,`sha256`);--> statement-breakpoint
CREATE TABLE `indicator_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`taken_at` text NOT NULL,
	`as_of` text NOT NULL,
	`indicator_id` text NOT NULL,
	`value` integer,
	`scale` integer DEFAULT 0 NOT NULL,
	`coverage_bp` integer,
	`trigger` text NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `indicator_snapshots_org` ON `indicator_snapshots` (`org_id`,`indicator_id`,`as_of`);--> statement-breakpoint
CREATE TABLE `inventory_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`product_id` integer,
	`import_id` integer,
	`row_key` text NOT NULL,
	`source_line` integer,
	`name` text NOT NULL,
	`vendor` text,
	`versions` text,
	`installations` integer,
	`licences` integer,
	`entity` text,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inventory_lines_org_key` ON `inventory_lines` (`org_id`,`row_key`);--> statement-breakpoint
CREATE TABLE `licence_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`product_id` integer,
	`import_id` integer,
	`row_key` text NOT NULL,
	`source_line` integer,
	`source_kind` text NOT NULL,
	`label` text NOT NULL,
	`sku` text,
	`seats` integer,
	`seats_assigned` integer,
	`unit_price_cents` integer,
	`amount_excl_tax_cents` integer,
	`tax_cents` integer,
	`amount_incl_tax_cents` integer,
	`billing_period` text,
	`date` text,
	`term_start` text,
	`term_end` text,
	`service` text,
	`account` text,
	`supplier` text,
	`reference` text,
	`excluded` integer DEFAULT false NOT NULL,
	`status` text,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `licence_lines_org_key` ON `licence_lines` (`org_id`,`row_key`);--> statement-breakpoint
CREATE INDEX `licence_lines_org_product` ON `licence_lines` (`org_id`,`product_id`);--> statement-breakpoint
CREATE INDEX `licence_lines_import` ON `licence_lines` (`import_id`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`first_failure_at` text NOT NULL,
	`locked_until` text
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`user_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_user_org` ON `memberships` (`user_id`,`org_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`siren` text,
	`agent_count` integer,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_unique` ON `organisations` (`slug`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`name` text NOT NULL,
	`vendor` text,
	`vendor_country` text,
	`category` text DEFAULT 'other' NOT NULL,
	`licence_model` text,
	`spdx_id` text,
	`hosting` text,
	`open_formats` integer,
	`catalogue_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_org_name` ON `products` (`org_id`,`name`);--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`name` text NOT NULL,
	`template` text,
	`assumptions` text NOT NULL,
	`is_selected` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `seat_usage` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`service` text DEFAULT '' NOT NULL,
	`licensed_agents` integer NOT NULL,
	`active_agents` integer NOT NULL,
	`as_of` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `seat_usage_key` ON `seat_usage` (`org_id`,`product_id`,`service`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`org_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `settings_org_key` ON `settings` (`org_id`,`key`);--> statement-breakpoint
CREATE TABLE `usage_aggregates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`service` text DEFAULT '' NOT NULL,
	`report_date` text DEFAULT '' NOT NULL,
	`agents` integer NOT NULL,
	`active_agents` integer NOT NULL,
	`licensed_agents` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `usage_aggregates_key` ON `usage_aggregates` (`org_id`,`product_id`,`service`,`report_date`);--> statement-breakpoint
CREATE TABLE `usage_facts` (
	`id` integer PRIMARY KEY NOT NULL,
	`org_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`import_id` integer,
	`agent_key` text NOT NULL,
	`service` text,
	`report_date` text DEFAULT '' NOT NULL,
	`period_days` integer,
	`last_activity_date` text,
	`activity_count` integer,
	`active` integer NOT NULL,
	`licensed` integer,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `usage_facts_scope` ON `usage_facts` (`org_id`,`report_date`,`product_id`);--> statement-breakpoint
CREATE INDEX `usage_facts_import` ON `usage_facts` (`import_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`display_name` text,
	`password_hash` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`lang` text DEFAULT 'fr' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`disabled_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
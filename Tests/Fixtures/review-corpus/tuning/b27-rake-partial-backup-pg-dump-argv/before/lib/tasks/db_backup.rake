# frozen_string_literal: true

require "fileutils"
require "time"

namespace :db do
  namespace :backup do
    BACKUP_DIR = Rails.root.join("tmp", "backups")

    def backup_bucket
      ENV.fetch("BACKUP_BUCKET", "acme-db-backups-#{Rails.env}")
    end

    def database_url
      ENV.fetch("DATABASE_URL") { abort "DATABASE_URL is not set" }
    end

    desc "Dump the database and upload it to S3"
    task create: :environment do
      FileUtils.mkdir_p(BACKUP_DIR)
      stamp = Time.now.utc.strftime("%Y%m%dT%H%M%SZ")
      path = BACKUP_DIR.join("#{Rails.env}-#{stamp}.dump")

      puts "Dumping to #{path}..."
      system("pg_dump", "--format=custom", "--no-owner", "--file=#{path}", database_url, exception: true)

      key = "full/#{File.basename(path)}"
      S3Uploader.new(bucket: backup_bucket).upload(path, key: key)
      puts "Uploaded s3://#{backup_bucket}/#{key}"
    ensure
      FileUtils.rm_f(path) if path
    end

    desc "List the 20 most recent backups"
    task list: :environment do
      S3Uploader.new(bucket: backup_bucket).list(prefix: "full/").last(20).each do |obj|
        puts format("%-60s %10d  %s", obj.key, obj.size, obj.last_modified.iso8601)
      end
    end

    desc "Delete local dumps older than 2 days"
    task prune_local: :environment do
      Dir.glob(BACKUP_DIR.join("*.dump")).each do |f|
        File.delete(f) if File.mtime(f) < 2.days.ago
      end
    end
  end
end

require "open3"
require "aws-sdk-s3"

namespace :db do
  namespace :backup do
    BACKUP_BUCKET = ENV.fetch("BACKUP_BUCKET", "acme-db-backups")
    BACKUP_PREFIX = ENV.fetch("BACKUP_PREFIX", Rails.env)

    def backup_path(label)
      stamp = Time.now.utc.strftime("%Y%m%dT%H%M%SZ")
      Rails.root.join("tmp", "backups", "#{label}-#{stamp}.dump").tap do |path|
        FileUtils.mkdir_p(path.dirname)
      end
    end

    def database_url
      ENV.fetch("DATABASE_URL") do
        config = ActiveRecord::Base.connection_db_config.configuration_hash
        "postgresql://#{config[:username]}@#{config[:host] || 'localhost'}:#{config[:port] || 5432}/#{config[:database]}"
      end
    end

    def upload(path)
      key = "#{BACKUP_PREFIX}/#{path.basename}"
      Aws::S3::Client.new.put_object(
        bucket: BACKUP_BUCKET,
        key: key,
        body: File.open(path, "rb"),
        server_side_encryption: "aws:kms"
      )
      puts "uploaded s3://#{BACKUP_BUCKET}/#{key}"
    end

    desc "Dump the whole database to S3"
    task full: :environment do
      path = backup_path("full")
      _out, err, status = Open3.capture3(
        "pg_dump", "--format=custom", "--no-owner", "--file=#{path}", database_url
      )
      abort "pg_dump failed: #{err}" unless status.success?

      upload(path)
    ensure
      FileUtils.rm_f(path) if path
    end

    desc "List the ten most recent backups"
    task list: :environment do
      resp = Aws::S3::Client.new.list_objects_v2(bucket: BACKUP_BUCKET, prefix: "#{BACKUP_PREFIX}/")
      resp.contents.sort_by(&:last_modified).last(10).reverse_each do |obj|
        puts format("%-60s %10d  %s", obj.key, obj.size, obj.last_modified.utc.iso8601)
      end
    end
  end
end

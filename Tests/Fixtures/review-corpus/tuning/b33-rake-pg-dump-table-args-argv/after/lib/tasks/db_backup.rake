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

    TABLE_NAME = /\A[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?\z/

    desc "Dump selected tables to S3, e.g. rake 'db:backup:tables[orders,order_items]'"
    task :tables, [:names] => :environment do |_t, args|
      tables = args.extras.unshift(args[:names]).compact.map(&:strip)
      abort "usage: rake 'db:backup:tables[table1,table2]'" if tables.empty?

      bad = tables.reject { |t| t.match?(TABLE_NAME) }
      abort "invalid table name(s): #{bad.join(', ')}" if bad.any?

      path = backup_path("tables-#{tables.first.tr('.', '_')}")
      table_flags = tables.map { |t| "--table=#{t}" }
      _out, err, status = Open3.capture3(
        "pg_dump", "--format=custom", "--no-owner", *table_flags, "--file=#{path}", database_url
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

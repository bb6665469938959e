require "aws-sdk-s3"

namespace :db do
  namespace :snapshot do
    desc "Dump the database with pg_dump and upload it to the snapshots bucket"
    task create: :environment do
      config = ActiveRecord::Base.connection_db_config.configuration_hash
      stamp = Time.now.utc.strftime("%Y%m%dT%H%M%SZ")
      dump_path = Rails.root.join("tmp", "snapshot-#{stamp}.dump").to_s

      env = { "PGPASSWORD" => config[:password].to_s }
      cmd = [
        "pg_dump",
        "--format=custom",
        "--no-owner",
        "--no-privileges",
        "--host", config[:host].to_s,
        "--port", (config[:port] || 5432).to_s,
        "--username", config[:username].to_s,
        "--file", dump_path,
        config[:database].to_s
      ]

      puts "Dumping #{config[:database]} to #{dump_path}"
      system(env, *cmd, exception: true)

      bucket = ENV.fetch("SNAPSHOT_BUCKET")
      key = "#{Rails.env}/#{File.basename(dump_path)}"
      File.open(dump_path, "rb") do |io|
        Aws::S3::Client.new.put_object(bucket: bucket, key: key, body: io,
                                       server_side_encryption: "aws:kms")
      end
      puts "Uploaded s3://#{bucket}/#{key}"
    ensure
      File.delete(dump_path) if dump_path && File.exist?(dump_path)
    end

    desc "Download a snapshot from S3 and restore it into the current database"
    task :restore, [:key] => :environment do |_t, args|
      abort "refusing to restore into production" if Rails.env.production?
      key = args.fetch(:key) { abort "usage: rake db:snapshot:restore[staging/snapshot-....dump]" }
      config = ActiveRecord::Base.connection_db_config.configuration_hash
      local = Rails.root.join("tmp", File.basename(key)).to_s

      Aws::S3::Client.new.get_object(bucket: ENV.fetch("SNAPSHOT_BUCKET"), key: key, response_target: local)

      env = { "PGPASSWORD" => config[:password].to_s }
      system(env, "pg_restore", "--clean", "--if-exists", "--no-owner",
             "--host", config[:host].to_s, "--port", (config[:port] || 5432).to_s,
             "--username", config[:username].to_s, "--dbname", config[:database].to_s,
             local, exception: true)
      puts "Restored #{key} into #{config[:database]}"
    ensure
      File.delete(local) if local && File.exist?(local)
    end
  end
end

require "aws-sdk-s3"
require "digest/md5"

namespace :uploads do
  desc "Copy local uploads to S3 (BUCKET=..., PREFIX=uploads/, DRY_RUN=1)"
  task sync_to_s3: :environment do
    bucket = ENV.fetch("BUCKET")
    prefix = ENV.fetch("PREFIX", "uploads/")
    dry_run = ENV["DRY_RUN"].present?
    root = Rails.root.join("public", "uploads")

    s3 = Aws::S3::Client.new(region: ENV.fetch("AWS_REGION", "eu-west-1"))
    copied = 0
    skipped = 0

    Dir.glob(root.join("**", "*")).sort.each do |path|
      next unless File.file?(path)

      key = prefix + Pathname(path).relative_path_from(root).to_s
      remote_etag = begin
        s3.head_object(bucket: bucket, key: key).etag.delete('"')
      rescue Aws::S3::Errors::NotFound
        nil
      end

      # For single-part uploads S3's ETag is the hex MD5 of the body, so a match means the object is unchanged.
      if remote_etag && remote_etag == Digest::MD5.file(path).hexdigest
        skipped += 1
        next
      end

      puts "#{dry_run ? '[dry-run] ' : ''}upload #{key}"
      unless dry_run
        File.open(path, "rb") do |io|
          s3.put_object(bucket: bucket, key: key, body: io, content_type: Marcel::MimeType.for(io, name: path))
        end
      end
      copied += 1
    end

    puts "copied=#{copied} skipped=#{skipped}"
  end

  desc "Delete local uploads older than DAYS that are already in S3"
  task prune_local: :environment do
    days = Integer(ENV.fetch("DAYS", "30"))
    cutoff = days.days.ago
    root = Rails.root.join("public", "uploads")
    removed = 0
    Dir.glob(root.join("**", "*")).each do |path|
      next unless File.file?(path) && File.mtime(path) < cutoff
      File.delete(path)
      removed += 1
    end
    puts "removed=#{removed}"
  end
end

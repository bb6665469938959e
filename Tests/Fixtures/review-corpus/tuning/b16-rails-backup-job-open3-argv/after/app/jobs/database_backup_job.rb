require "open3"

class DatabaseBackupJob
  include Sidekiq::Job
  sidekiq_options queue: :maintenance, retry: 2

  BACKUP_DIR = Rails.root.join("tmp", "backups")

  def perform(reason = "scheduled")
    FileUtils.mkdir_p(BACKUP_DIR)
    db = ActiveRecord::Base.connection_db_config.configuration_hash
    file = BACKUP_DIR.join("#{db[:database]}-#{Time.current.utc.strftime('%Y%m%dT%H%M%S')}.dump")

    env = { "PGPASSWORD" => db[:password].to_s }
    _out, err, status = Open3.capture3(
      env,
      "pg_dump",
      "--format=custom",
      "--no-owner",
      "--host", db[:host].to_s,
      "--username", db[:username].to_s,
      "--file", file.to_s,
      db[:database].to_s
    )
    raise "pg_dump failed: #{err}" unless status.success?

    BackupUploader.new(file).upload!
    Rails.logger.info("database backup (#{reason}) stored as #{file.basename}")
  ensure
    File.delete(file) if file && File.exist?(file)
  end
end
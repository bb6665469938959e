# frozen_string_literal: true

require "open3"
require "fileutils"

module Maintenance
  # Nightly logical backup of the primary database, run by the scheduler in the ops container.
  class DatabaseBackupJob < ApplicationJob
    queue_as :maintenance

    BACKUP_DIR = Rails.root.join("tmp", "backups")

    def perform
      FileUtils.mkdir_p(BACKUP_DIR)
      config = ActiveRecord::Base.connection_db_config.configuration_hash
      target = BACKUP_DIR.join("#{config[:database]}-#{Time.current.utc.strftime('%Y%m%dT%H%M%SZ')}.dump")

      env = { "PGPASSWORD" => config[:password].to_s }
      argv = [
        "pg_dump",
        "--format=custom",
        "--no-owner",
        "--host", config[:host].to_s,
        "--port", (config[:port] || 5432).to_s,
        "--username", config[:username].to_s,
        "--file", target.to_s,
        config[:database].to_s
      ]

      # Open3 with a list of arguments runs pg_dump directly, without /bin/sh.
      _stdout, stderr, status = Open3.capture3(env, *argv)
      raise "pg_dump failed: #{stderr.lines.last(5).join}" unless status.success?

      BackupUploader.new.upload(target)
      Rails.logger.info("database backup written", path: target.to_s, bytes: File.size(target))
    ensure
      FileUtils.rm_f(target) if target && File.exist?(target)
    end
  end
end
# frozen_string_literal: true

require "open3"

# Produces a pg_dump of a single tenant schema for offboarding / data
# portability requests and uploads it to the exports bucket.
class TenantExportJob
  include Sidekiq::Job
  sidekiq_options queue: :exports, retry: 2, lock: :until_executed

  EXCLUDABLE_TABLES = %w[audit_events sessions search_documents webhook_deliveries].freeze

  def perform(tenant_id, requested_by_id, options = {})
    tenant = Tenant.find(tenant_id)
    requester = User.find(requested_by_id)
    schema = tenant.schema_name # validated /\Atenant_[0-9]+\z/ on the model

    Dir.mktmpdir("tenant-export") do |dir|
      dump_path = File.join(dir, "#{schema}.dump")

      stdout, stderr, status = Open3.capture3(
        { "PGPASSWORD" => db_config[:password].to_s },
        "pg_dump",
        "--format=custom",
        "--no-owner",
        "--schema=#{schema}",
        "--file=#{dump_path}",
        "--host=#{db_config[:host]}",
        "--username=#{db_config[:username]}",
        db_config[:database]
      )

      unless status.success?
        Sidekiq.logger.error("pg_dump failed for #{schema}: #{stderr}")
        raise "pg_dump failed (exit #{status.exitstatus})"
      end

      key = "tenant-exports/#{tenant.id}/#{Time.current.utc.strftime('%Y%m%dT%H%M%SZ')}.dump"
      ExportsBucket.upload(key, dump_path)
      TenantExportMailer.ready(requester, tenant, key).deliver_later
      Sidekiq.logger.info(stdout) if stdout.present?
    end
  end

  private

  def db_config
    @db_config ||= ActiveRecord::Base.connection_db_config.configuration_hash
  end
end

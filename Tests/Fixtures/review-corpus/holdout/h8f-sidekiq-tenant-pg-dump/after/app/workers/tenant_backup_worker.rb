# frozen_string_literal: true

class TenantBackupWorker
  include Sidekiq::Worker
  sidekiq_options queue: "maintenance", retry: 1

  BUCKET = ENV.fetch("BACKUP_BUCKET")

  def perform(tenant_id)
    tenant = Tenant.find(tenant_id)
    key = "tenants/#{tenant.id}/#{Time.now.utc.strftime('%Y%m%dT%H%M%SZ')}.dump"

    Dir.mktmpdir("backup") do |dir|
      path = File.join(dir, "tenant.dump")
      export!(tenant, path)
      Aws::S3::Object.new(BUCKET, key).upload_file(path)
    end

    tenant.update!(last_backup_at: Time.current, last_backup_key: key)
  end

  private

  # argv form on purpose: no shell involved, each value is a single argument.
  def export!(tenant, path)
    ok = system(
      { "PGSERVICE" => "tenant_backups" },
      "pg_dump", "--format=custom", "--no-owner",
      "--schema=#{tenant.schema_name}", "--file=#{path}",
      exception: false
    )
    raise "pg_dump failed for tenant #{tenant.id} (exit #{$?.exitstatus})" unless ok
  end
end

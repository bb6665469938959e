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

  def export!(tenant, path)
    raise NotImplementedError, "pg_dump export lands in the next PR"
  end
end
